namespace MentorGroups.Strategies.Stable;

/// <summary>
/// Deferred acceptance with capacities (Gale–Shapley for hospitals/residents) over a <see cref="PreferenceModel"/>.
/// Every acceptable pair is proposed at most once, so a run makes at most as many proposals as there are acceptable
/// pairs. Mentee-proposing decides each application in O(log capacity); mentor-proposing first turns the lists round
/// (linear in their total size) and then takes each team's next mentee in O(log list length).
/// </summary>
internal static class DeferredAcceptance
{
    // Checking the token on every proposal would cost more than the proposal itself.
    private const int CancellationStride = 0xFFF;

    /// <summary>A matching: each mentee's team (-1 for none) and the position of that team in the mentee's list.</summary>
    internal sealed record Outcome(int[] TeamOf, int[] Position, long Proposals);

    /// <summary>Mentees apply, best team first; a full team keeps the mentees it ranks highest.</summary>
    public static Outcome MenteeProposing(PreferenceModel model, int[] capacity, CancellationToken cancellationToken)
    {
        var n = model.MenteeCount;
        var teamOf = new int[n];
        Array.Fill(teamOf, -1);
        var next = new int[n];
        var held = new HoldHeap?[model.TeamCount];
        var free = new Stack<int>(n);
        for (var m = n - 1; m >= 0; m--)
        {
            if (model.Length(m) > 0)
            {
                free.Push(m);
            }
        }

        long proposals = 0;
        while (free.Count > 0)
        {
            var m = free.Pop();
            // An accepted mentee may release another; that one applies next, so no queue traffic is needed.
            while (m >= 0 && next[m] < model.Length(m))
            {
                if ((++proposals & CancellationStride) == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }

                var team = model.TeamAt(m, next[m]++, out var key);
                if (capacity[team] <= 0)
                {
                    continue;
                }

                var heap = held[team] ??= new HoldHeap();
                if (heap.Count < capacity[team])
                {
                    heap.Push(key, m);
                    teamOf[m] = team;
                    m = -1;
                }
                else if (key < heap.WorstKey)
                {
                    var released = heap.ReplaceWorst(key, m);
                    teamOf[m] = team;
                    teamOf[released] = -1;
                    m = released;
                }
            }
        }

        var position = new int[n];
        for (var m = 0; m < n; m++)
        {
            position[m] = teamOf[m] >= 0 ? next[m] - 1 : -1;
        }

        return new Outcome(teamOf, position, proposals);
    }

    /// <summary>Teams invite mentees, best first, while they have room; a mentee keeps the best invitation so far.</summary>
    public static Outcome MentorProposing(PreferenceModel model, int[] capacity, CancellationToken cancellationToken)
    {
        var lists = model.BuildTeamLists(cancellationToken);
        var n = model.MenteeCount;
        var teamOf = new int[n];
        Array.Fill(teamOf, -1);
        var position = new int[n];
        Array.Fill(position, -1);
        var load = new int[model.TeamCount];
        var active = new Stack<int>();
        for (var t = model.TeamCount - 1; t >= 0; t--)
        {
            active.Push(t);
        }

        long proposals = 0;
        while (active.Count > 0)
        {
            var team = active.Pop();
            while (load[team] < capacity[team] && lists.TryTakeNext(team, out var m, out var rank))
            {
                if ((++proposals & CancellationStride) == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }

                if (teamOf[m] >= 0 && position[m] <= rank)
                {
                    continue;
                }

                var previous = teamOf[m];
                teamOf[m] = team;
                position[m] = rank;
                load[team]++;
                if (previous >= 0)
                {
                    // The team that lost a mentee has room again; it is visited again (perhaps twice, which is harmless).
                    load[previous]--;
                    active.Push(previous);
                }
            }
        }

        return new Outcome(teamOf, position, proposals);
    }

    /// <summary>
    /// Counts blocking pairs: a mentee and a team that each prefer the other to what they got (the team because it has
    /// room or holds someone it ranks lower). Zero means the matching is stable. Costs at most one pass over the lists.
    /// </summary>
    public static long CountBlockingPairs(PreferenceModel model, int[] capacity, Outcome outcome, CancellationToken cancellationToken)
    {
        var load = new int[model.TeamCount];
        var worst = new long[model.TeamCount];
        for (var m = 0; m < model.MenteeCount; m++)
        {
            var team = outcome.TeamOf[m];
            if (team >= 0)
            {
                model.TeamAt(m, outcome.Position[m], out var key);
                load[team]++;
                worst[team] = Math.Max(worst[team], key);
            }
        }

        long blocking = 0;
        for (var m = 0; m < model.MenteeCount; m++)
        {
            if ((m & 0x3FF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var better = outcome.TeamOf[m] >= 0 ? outcome.Position[m] : model.Length(m);
            for (var i = 0; i < better; i++)
            {
                var team = model.TeamAt(m, i, out var key);
                if (load[team] < capacity[team] || key < worst[team])
                {
                    blocking++;
                }
            }
        }

        return blocking;
    }
}
