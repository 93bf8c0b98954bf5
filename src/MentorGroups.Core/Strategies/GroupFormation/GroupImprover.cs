namespace MentorGroups.Strategies.GroupFormation;

/// <summary>
/// Improves the formed groups without losing a placement, a group's size or a common meeting time. It repairs groups
/// that cannot meet (the members who cannot attend the time most of the group can are swapped for mentees of other
/// groups who can, or moved to a group with room they can meet with), then makes every move or swap between groups,
/// and every exchange of a member for a mentee left out, that raises the fit: pair value plus how much the mentee's
/// learning goals overlap the group's.
/// </summary>
internal sealed class GroupImprover(FormationState state, int minimum, double cohesionWeight, DateTime deadline)
{
    // Each mentee looks at this many of their best teams per pass: the gains further down the list are small.
    private const int TeamsPerMentee = 8;

    public int Moves { get; private set; }

    public int Swaps { get; private set; }

    public int Exchanges { get; private set; }

    public int Repaired { get; private set; }

    public bool StoppedByTime { get; private set; }

    /// <summary>Passes over every mentee until a pass changes nothing, the pass budget is spent or the deadline passes.</summary>
    public void Improve(int passes, FormationProgress progress, CancellationToken cancellationToken)
    {
        var problem = state.Problem;
        for (var pass = 0; pass < passes; pass++)
        {
            var changed = 0;
            for (var m = 0; m < problem.Mentees.Count; m++)
            {
                if ((m & 255) == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    progress.Report(GroupFormationStage.Improving, ((long)pass * problem.Mentees.Count) + m, (long)passes * problem.Mentees.Count);
                    if (DateTime.UtcNow > deadline)
                    {
                        StoppedByTime = true;
                        return;
                    }
                }

                var team = state.Assignment.TeamOf(m);
                if (!problem.IsFixed(m) && (team >= 0 ? ImproveOne(m, team) : ExchangeIn(m)))
                {
                    changed++;
                }
            }

            if (changed == 0)
            {
                return;
            }
        }
    }

    private bool CanShrink(int team) => state.Problem.Teams[team].ExistingGroup is not null || state.Size(team) > minimum;

    private bool ImproveOne(int m, int team)
    {
        var current = state.ValueOf(m, team);
        var seen = 0;
        foreach (var c in state.Candidates(m))
        {
            if (seen++ >= TeamsPerMentee)
            {
                break;
            }

            var other = c.Team;
            if (other == team || state.Closed[other] || state.Size(other) == 0)
            {
                continue;
            }

            var gain = c.Value - current + Cohesion(m, other, -1) - Cohesion(m, team, m);
            if (gain > 0 && state.HasRoom(other) && CanShrink(team) && state.CanJoin(m, other, keepMeeting: true) && state.Join(m, other))
            {
                Moves++;
                return true;
            }

            foreach (var k in state.Members[other])
            {
                var back = state.ValueOf(k, team);
                if (back < 0 || state.Problem.IsFixed(k))
                {
                    continue;
                }

                var swapGain = c.Value - current + back - state.ValueOf(k, other)
                    + Cohesion(m, other, k) - Cohesion(m, team, m) + Cohesion(k, team, m) - Cohesion(k, other, k);
                if (swapGain > 0 && state.CanJoin(m, other, keepMeeting: true, replacing: k) && state.CanJoin(k, team, keepMeeting: true, replacing: m)
                    && state.Swap(m, k))
                {
                    Swaps++;
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// Lets a mentee who is left out take the seat of a member who fits the group less, when the group can still meet:
    /// as many are placed, and the group is the better set of people. The one who leaves is then left out, with the
    /// reason read from the final groups, unless a later fill finds them a seat elsewhere.
    /// </summary>
    private bool ExchangeIn(int m)
    {
        var seen = 0;
        foreach (var c in state.Candidates(m))
        {
            if (seen++ >= TeamsPerMentee)
            {
                break;
            }

            var team = c.Team;
            if (state.Closed[team] || state.Size(team) == 0)
            {
                continue;
            }

            var weakest = -1;
            var best = 0;
            foreach (var k in state.Members[team])
            {
                if (state.Problem.IsFixed(k))
                {
                    continue;
                }

                var gain = c.Value - state.ValueOf(k, team) + Cohesion(m, team, k) - Cohesion(k, team, k);
                if (gain > best && state.CanJoin(m, team, keepMeeting: true, replacing: k))
                {
                    best = gain;
                    weakest = k;
                }
            }

            if (weakest >= 0)
            {
                state.Leave(weakest);
                if (state.Join(m, team))
                {
                    Exchanges++;
                    return true;
                }

                // The assignment refused after all: put the member back as they were.
                state.Join(weakest, team);
            }
        }

        return false;
    }

    private int Cohesion(int mentee, int team, int without) => state.Cohesion(mentee, team, without, cohesionWeight);

    /// <summary>Gives a common meeting time to every group that lacks one where swaps or moves can.</summary>
    public void RepairMeetings(FormationProgress progress, CancellationToken cancellationToken)
    {
        var problem = state.Problem;
        var target = new ulong[state.Words];
        for (var g = 0; g < problem.Teams.Count; g++)
        {
            if ((g & 63) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
                progress.Report(GroupFormationStage.Improving, g, problem.Teams.Count);
            }

            if (state.Closed[g] || state.Size(g) == 0 || state.CanMeet(g))
            {
                continue;
            }

            var start = BestStart(g);
            if (start < 0)
            {
                continue; // The mentors themselves share no time: no choice of mentees helps.
            }

            var blockers = state.Members[g].Where(m => !state.Groups.StartsOf(m).IsEmpty && state.Groups.StartsOf(m).BinarySearch(start) < 0).ToArray();
            if (blockers.Any(problem.IsFixed))
            {
                continue;
            }

            var stayers = state.Members[g].Except(blockers).ToArray();
            state.Groups.CommonStarts(g, stayers, -1, target);
            foreach (var b in blockers)
            {
                if (!SwapOut(b, g, target) && !MoveOut(b, g) && !TradeOut(b, g, target))
                {
                    break;
                }
            }

            Repaired += state.CanMeet(g) ? 1 : 0;
        }
    }

    /// <summary>The start the team's mentors can all attend that most of its mentees can, or -1.</summary>
    private int BestStart(int team)
    {
        var mentorStarts = new ulong[state.Words];
        state.Groups.CommonStarts(team, [], -1, mentorStarts);
        var counts = new Dictionary<int, int>();
        foreach (var m in state.Members[team])
        {
            foreach (var s in state.Groups.StartsOf(m))
            {
                if ((mentorStarts[s >> 6] & (1UL << (s & 63))) != 0)
                {
                    counts[s] = counts.GetValueOrDefault(s) + 1;
                }
            }
        }

        if (counts.Count == 0)
        {
            return mentorStarts.Any(w => w != 0) ? FirstBit(mentorStarts) : -1;
        }

        return counts.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key).First().Key;
    }

    private static int FirstBit(ulong[] words)
    {
        for (var w = 0; w < words.Length; w++)
        {
            if (words[w] != 0)
            {
                return (w << 6) + System.Numerics.BitOperations.TrailingZeroCount(words[w]);
            }
        }

        return -1;
    }

    /// <summary>Swaps the blocker for a mentee of another group who attends the target time, keeping that group's time.</summary>
    private bool SwapOut(int blocker, int team, ulong[] target)
    {
        var best = -1;
        var bestLoss = long.MaxValue;
        foreach (var x in state.Applicants(team))
        {
            var other = state.Assignment.TeamOf(x);
            if (other < 0 || other == team || state.Problem.IsFixed(x) || !state.Attends(x, target) || state.ValueOf(blocker, other) < 0)
            {
                continue;
            }

            var loss = (long)state.CurrentValue(blocker) + state.CurrentValue(x) - state.ValueOf(x, team) - state.ValueOf(blocker, other);
            if (loss < bestLoss && state.CanJoin(x, team, keepMeeting: false, replacing: blocker)
                && state.CanJoin(blocker, other, keepMeeting: true, replacing: x))
            {
                best = x;
                bestLoss = loss;
            }
        }

        if (best >= 0 && state.Swap(blocker, best))
        {
            Swaps++;
            return true;
        }

        return false;
    }

    /// <summary>
    /// Moves the blocker to another group with room that keeps its time, and brings in, in their place, a mentee who
    /// attends the target time from a group that stays at or above the minimum without them.
    /// </summary>
    private bool TradeOut(int blocker, int team, ulong[] target)
    {
        foreach (var c in state.Candidates(blocker))
        {
            var to = c.Team;
            if (to == team || state.Size(to) == 0 || !state.HasRoom(to) || !state.CanJoin(blocker, to, keepMeeting: true))
            {
                continue;
            }

            foreach (var x in state.Applicants(team))
            {
                var from = state.Assignment.TeamOf(x);
                if (from < 0 || from == team || from == to || state.Problem.IsFixed(x) || !CanShrink(from) || !state.Attends(x, target)
                    || !state.CanJoin(x, team, keepMeeting: false, replacing: blocker))
                {
                    continue;
                }

                if (state.Join(blocker, to) && state.Join(x, team))
                {
                    Moves += 2;
                    return true;
                }
            }

            return false;
        }

        return false;
    }

    private bool MoveOut(int blocker, int team)
    {
        if (!CanShrink(team))
        {
            return false;
        }

        foreach (var c in state.Candidates(blocker))
        {
            if (c.Team != team && state.Size(c.Team) > 0 && state.HasRoom(c.Team) && state.CanJoin(blocker, c.Team, keepMeeting: true)
                && state.Join(blocker, c.Team))
            {
                Moves++;
                return true;
            }
        }

        return false;
    }
}
