namespace MentorGroups.Strategies.GroupFormation;

/// <summary>
/// The group changes of the last local search: under a hard minimum a group opens and closes only all at once, so
/// besides the moves of one or two mentees the search opens teams, empties groups, and chooses which groups open.
/// </summary>
internal sealed partial class GroupPolish
{
    /// <summary>The group changes (<see cref="TryGroupChanges"/>), with what the search tried forgotten before and after.</summary>
    private bool TryGroupChangesAnew(CancellationToken cancellationToken)
    {
        // The group changes open and close teams, which no clock of members records: what was tried is tried again.
        Array.Clear(TriedAt);
        var changed = TryGroupChanges(cancellationToken);
        Array.Clear(TriedAt);
        return changed;
    }

    /// <summary>
    /// Under a hard minimum a group opens and closes only all at once, which no change of one or two mentees does:
    /// while someone is left out, tries opening each empty team with those left out, then emptying each group and
    /// placing its members and those left out again, and last choosing anew which groups open
    /// (<see cref="TryMostPlaced"/>); true when one of these was kept (the groups got better).
    /// </summary>
    private bool TryGroupChanges(CancellationToken cancellationToken)
    {
        // A change that is not kept is undone, so who is left out stays the same until one is kept.
        if (!Enumerable.Range(0, state.Problem.Mentees.Count).Any(state.IsLeftOut))
        {
            return false;
        }

        for (var t = 0; t < state.Members.Length; t++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (state.Size(t) == 0 ? TryOpen(t) : TryEmpty(t))
            {
                Changes++;
                return true;
            }
        }

        if (TryMostPlaced(cancellationToken))
        {
            Changes++;
            return true;
        }

        return false;
    }

    /// <summary>
    /// On a programme of at most <see cref="MaxExploredMentees"/> free mentees and few teams, places everyone again as
    /// the choice of open groups that places most (<see cref="MostPlacedGroups"/>), when that places more than now and
    /// every hard rule holds; the passes that follow restore the fit. Pinned mentees and group requirements are beyond
    /// the flow, so programmes with them keep the other changes only.
    /// </summary>
    private bool TryMostPlaced(CancellationToken cancellationToken)
    {
        var problem = state.Problem;
        var mentees = Enumerable.Range(0, problem.Mentees.Count).ToArray();
        if (mentees.Length > MaxExploredMentees || state.Groups.HasRequirements || mentees.Any(problem.IsFixed))
        {
            return false;
        }

        var teams = Enumerable.Range(0, state.Members.Length).Where(t => !state.Closed[t] || closedForSize?.ContainsKey(t) == true).ToArray();
        if (teams.Length > MostPlacedGroups.MaxTeams)
        {
            return false;
        }

        var seats = teams.Select(t => state.Size(t) + state.Assignment.FreeSeats(t)).ToArray();
        var allowed = mentees.Select(m => Enumerable.Range(0, teams.Length).Where(i => state.ValueOf(m, teams[i]) >= 0).Sum(i => 1 << i)).ToArray();
        var placed = state.Members.Sum(l => l.Count);
        var target = MostPlacedGroups.Find(allowed, seats, minimum, placed, () => cancellationToken.IsCancellationRequested || DateTime.UtcNow > deadline);
        if (target is null)
        {
            return false;
        }

        var before = Quality();
        var snapshot = Snapshot();
        var closed = ClosedSnapshot();
        Array.ForEach(mentees, state.Leave);
        var placedAll = true;
        foreach (var m in mentees.Where(m => target[m] >= 0))
        {
            var team = teams[target[m]];
            state.Closed[team] = false;
            closedForSize?.Remove(team);
            if (!state.CanJoin(m, team, keepMeeting: false) || !state.Join(m, team))
            {
                // A rule the flow does not know refuses the answer; the rest need not be tried.
                placedAll = false;
                break;
            }
        }

        if (placedAll && Quality().CompareTo(before) > 0)
        {
            return true;
        }

        Restore(snapshot);
        RestoreClosed(closed);
        return false;
    }

    private bool TryOpen(int team)
    {
        var before = Quality();
        var closed = ClosedSnapshot();
        var joined = OpenWithLeftOut(team);
        if (joined.Count > 0 && Quality().CompareTo(before) > 0)
        {
            return true;
        }

        joined.ForEach(state.Leave);
        RestoreClosed(closed);
        return false;
    }

    private (bool[] Flags, Dictionary<int, int>? ForSize) ClosedSnapshot() =>
        ((bool[])state.Closed.Clone(), closedForSize is null ? null : new Dictionary<int, int>(closedForSize));

    private void RestoreClosed((bool[] Flags, Dictionary<int, int>? ForSize) snapshot)
    {
        snapshot.Flags.CopyTo(state.Closed, 0);
        if (closedForSize is not null)
        {
            closedForSize.Clear();
            foreach (var (team, gathered) in snapshot.ForSize!)
            {
                closedForSize[team] = gathered;
            }
        }
    }

    private bool TryEmpty(int team)
    {
        var members = state.Members[team].ToArray();
        if (members.Any(state.Problem.IsFixed) || state.Groups.HasRequirements)
        {
            return false;
        }

        var before = Quality();
        var snapshot = Snapshot();
        var closed = ClosedSnapshot();
        foreach (var m in members)
        {
            state.Leave(m);
        }

        for (var t = 0; t < state.Members.Length; t++)
        {
            if (t != team && state.Size(t) == 0)
            {
                OpenWithLeftOut(t);
            }
        }

        for (var m = 0; m < state.Problem.Mentees.Count; m++)
        {
            if (state.IsLeftOut(m))
            {
                TryImprove(m);
            }
        }

        if (Quality().CompareTo(before) > 0)
        {
            return true;
        }

        Restore(snapshot);
        RestoreClosed(closed);
        return false;
    }

    /// <summary>
    /// Opens the empty team with the mentees left out who may join it, best fit first, when they reach the minimum;
    /// returns who joined (nobody when they do not).
    /// </summary>
    private List<int> OpenWithLeftOut(int team)
    {
        var joined = new List<int>();
        var closed = state.Closed[team];
        if ((closed && closedForSize?.ContainsKey(team) != true) || state.Size(team) > 0)
        {
            return joined;
        }

        state.Closed[team] = false;

        var leftOut = Enumerable.Range(0, state.Problem.Mentees.Count)
            .Where(m => state.IsLeftOut(m) && state.ValueOf(m, team) >= 0)
            .OrderByDescending(m => state.ValueOf(m, team)).ThenBy(m => m);
        foreach (var m in leftOut)
        {
            if (state.HasRoom(team) && state.CanJoin(m, team, keepMeeting: false) && state.Join(m, team))
            {
                joined.Add(m);
            }
        }

        if (joined.Count < minimum)
        {
            joined.ForEach(state.Leave);
            joined.Clear();
            state.Closed[team] = closed;
        }
        else if (closed)
        {
            closedForSize!.Remove(team);
        }

        return joined;
    }
}
