namespace MentorGroups.Strategies.GroupFormation;

/// <summary>
/// Brings new groups up to the size policy's minimum, or closes them. A group below the minimum first takes unplaced
/// mentees who may join it, then mentees from groups above the minimum (best fit first; while the meeting time can be
/// kept, only mentees who keep it). A group that still cannot reach the minimum is consolidated: its mentees move to
/// other groups with room, and the group is not formed. Under a recommended minimum that happens only when every one of
/// them finds a place, so no placement is lost for it; under a hard minimum the group is closed in any case, and
/// whoever finds no place stays unplaced. Under a hard minimum a group also takes the mentees of other groups below it
/// when that brings it to the minimum.
/// </summary>
internal sealed class SizeBalancer(FormationState state, int minimum, bool hard)
{
    /// <summary>Teams closed for being too small, with how many mentees they had gathered.</summary>
    public Dictionary<int, int> Closed { get; } = [];

    public int Moved { get; private set; }

    public void Run(FormationProgress progress, CancellationToken cancellationToken)
    {
        if (minimum <= 1 && !hard)
        {
            return;
        }

        var problem = state.Problem;
        var short_ = Enumerable.Range(0, problem.Teams.Count)
            .Where(t => !state.Closed[t] && problem.Teams[t].ExistingGroup is null && state.Size(t) < minimum && (state.Size(t) > 0 || hard))
            .OrderBy(t => state.Size(t)).ThenBy(t => t)
            .ToList();
        progress.Report(GroupFormationStage.Balancing, 0, short_.Count);
        for (var i = 0; i < short_.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            progress.Report(GroupFormationStage.Balancing, i, short_.Count);
            var team = short_[i];
            if (state.Size(team) >= minimum || state.Closed[team])
            {
                continue;
            }

            Fill(team, keepMeeting: true);
            if (hard && state.Size(team) < minimum)
            {
                Fill(team, keepMeeting: false);
                TakeFromShort(team);
            }

            // Under a recommended minimum a group is kept while someone unplaced could still join it: placing them
            // comes before the group's size.
            if (state.Size(team) < minimum && (hard || !WantedByUnplaced(team)))
            {
                Consolidate(team);
            }
        }
    }

    /// <summary>
    /// Under a recommended minimum, opens again every consolidated group that an unplaced mentee could now join alone
    /// (the members who kept them out have moved): placing them comes before the group's size.
    /// </summary>
    public void Reopen()
    {
        if (hard)
        {
            return;
        }

        foreach (var team in Closed.Keys.ToArray())
        {
            state.Closed[team] = false;
            if (WantedByUnplaced(team))
            {
                Closed.Remove(team);
            }
            else
            {
                state.Closed[team] = true;
            }
        }
    }

    private bool WantedByUnplaced(int team) =>
        state.Applicants(team).Any(m => state.Assignment.TeamOf(m) < 0 && state.CanJoin(m, team, keepMeeting: false));

    /// <summary>The team's applicants, best fit first (ties by index), as a copy that joins cannot change while it is walked.</summary>
    private int[] ByFit(int team) => [.. state.Applicants(team).OrderByDescending(m => state.ValueOf(m, team)).ThenBy(m => m)];

    private bool CanGive(int team) =>
        state.Problem.Teams[team].ExistingGroup is null && state.Size(team) > minimum;

    private void Fill(int team, bool keepMeeting)
    {
        var applicants = ByFit(team);
        // Unplaced mentees first: taking them costs no other group anything.
        foreach (var fromOthers in new[] { false, true })
        {
            foreach (var m in applicants)
            {
                if (state.Size(team) >= minimum)
                {
                    return;
                }

                var from = state.Assignment.TeamOf(m);
                var eligible = fromOthers ? from >= 0 && from != team && !state.Problem.IsFixed(m) && CanGive(from) : from < 0;
                if (eligible && state.CanJoin(m, team, keepMeeting) && state.Join(m, team))
                {
                    Moved += fromOthers ? 1 : 0;
                }
            }
        }
    }

    /// <summary>
    /// Under a hard minimum, takes mentees from other groups below it when that brings this group to the minimum; else
    /// moves nobody. Those groups are not formed as they are, and one group that reaches the minimum places mentees two
    /// that do not would lose (say, one holds a mentee the other's mentor may not have).
    /// </summary>
    private void TakeFromShort(int team)
    {
        var moved = new List<(int Mentee, int From)>();
        foreach (var m in ByFit(team))
        {
            if (state.Size(team) >= minimum)
            {
                break;
            }

            var from = state.Assignment.TeamOf(m);
            if (from >= 0 && from != team && !state.Problem.IsFixed(m) && state.Problem.Teams[from].ExistingGroup is null && state.Size(from) < minimum
                && state.CanJoin(m, team, keepMeeting: false) && state.Join(m, team))
            {
                moved.Add((m, from));
            }
        }

        if (state.Size(team) >= minimum)
        {
            Moved += moved.Count;
            return;
        }

        foreach (var (m, from) in moved)
        {
            state.Join(m, from);
        }
    }

    /// <summary>Moves the group's mentees to other groups and closes it; under a recommended minimum only if all fit.</summary>
    private void Consolidate(int team)
    {
        var members = state.Members[team].ToArray();
        if (members.Any(state.Problem.IsFixed))
        {
            return; // Pinned mentees stay with their mentor; the group is formed however small.
        }

        var moves = new List<int>();
        foreach (var m in members)
        {
            var target = Destination(m, team);
            if (target >= 0 && state.Join(m, target))
            {
                moves.Add(m);
            }
            else if (!hard)
            {
                foreach (var back in moves)
                {
                    state.Join(back, team);
                }

                return;
            }
            else
            {
                state.Leave(m);
            }
        }

        Closed[team] = members.Length;
        state.Closed[team] = true;
    }

    /// <summary>The best other open group with room that is not itself short (one that keeps its meeting time first), or -1.</summary>
    private int Destination(int mentee, int from)
    {
        foreach (var keepMeeting in new[] { true, false })
        {
            foreach (var c in state.Candidates(mentee))
            {
                if (c.Team != from && state.HasRoom(c.Team) && state.Size(c.Team) >= Math.Min(minimum, 1) && state.Size(c.Team) > 0
                    && state.CanJoin(mentee, c.Team, keepMeeting))
                {
                    return c.Team;
                }
            }
        }

        return -1;
    }
}
