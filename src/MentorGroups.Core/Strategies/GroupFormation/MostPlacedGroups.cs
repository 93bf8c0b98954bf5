namespace MentorGroups.Strategies.GroupFormation;

/// <summary>
/// Under a hard minimum, the most mentees any choice of open groups places, found exactly on a programme of at most
/// <see cref="MaxTeams"/> teams. Which groups open is one decision across all of them: a team whose few possible
/// mentees sit in another group can open only if that group gives them up and still keeps its minimum, and no change
/// of one mentee or one group finds that. For each set of teams to open (largest bound first) a flow first gives every
/// team its minimum and then fills the seats; augmenting paths never take a mentee from a team without giving it
/// another, so every team keeps its minimum while the flow grows to its maximum.
/// </summary>
/// <remarks>
/// The flow knows each mentee's teams and each team's seats only. Rules between mentees, group requirements and meeting
/// times are left to the caller, who places the answer through the usual checks and keeps it only when they all hold.
/// </remarks>
internal static class MostPlacedGroups
{
    // 2^12 sets of teams, each bounded in a few operations per mentee before any flow runs.
    public const int MaxTeams = 12;

    /// <summary>
    /// A team index (into <paramref name="seats"/>) per mentee, -1 for none, placing more than
    /// <paramref name="placed"/> with every used team at <paramref name="minimum"/> or more (the best found before
    /// <paramref name="stop"/> says the time is up); <see langword="null"/> when none is found.
    /// </summary>
    /// <param name="allowed">Per mentee, a bit per team the mentee may join.</param>
    /// <param name="seats">Per team, how many mentees it holds at most.</param>
    /// <param name="minimum">The hard minimum every used team must reach.</param>
    /// <param name="placed">How many are placed now; only more counts.</param>
    /// <param name="stop">Asked before each flow: true ends the search with nothing found.</param>
    public static int[]? Find(int[] allowed, int[] seats, int minimum, int placed, Func<bool> stop)
    {
        if (seats.Length is 0 or > MaxTeams)
        {
            return null;
        }

        // No choice of open groups places more than all teams open without a minimum: when that is no more than now
        // (the usual case: those left out may join no team, or every seat is taken), no set need be tried.
        var all = (1 << seats.Length) - 1;
        var unconstrained = new Flow(allowed, seats, all);
        _ = unconstrained.Fill(int.MaxValue);
        if (unconstrained.Placed <= placed)
        {
            return null;
        }

        var sets = new List<(int Teams, int Bound)>();
        for (var set = 1; set <= all; set++)
        {
            var bound = Math.Min(unconstrained.Placed, Bound(set, allowed, seats, minimum));
            if (bound > placed)
            {
                sets.Add((set, bound));
            }
        }

        sets.Sort(static (a, b) => a.Bound != b.Bound ? b.Bound.CompareTo(a.Bound) : a.Teams.CompareTo(b.Teams));
        int[]? best = null;
        foreach (var (set, bound) in sets)
        {
            if (bound <= placed || stop())
            {
                break;
            }

            var flow = new Flow(allowed, seats, set);
            if (!flow.Fill(minimum))
            {
                continue;
            }

            _ = flow.Fill(int.MaxValue);
            if (flow.Placed > placed)
            {
                placed = flow.Placed;
                best = flow.TeamOf;
            }
        }

        return best;
    }

    /// <summary>
    /// At most how many the set places: its seats, and the mentees who may join one of its teams; 0 when it cannot give
    /// every team its minimum (too few seats in a team, or too few such mentees for all).
    /// </summary>
    private static int Bound(int set, int[] allowed, int[] seats, int minimum)
    {
        var seatsInSet = 0;
        var teams = 0;
        for (var t = 0; t < seats.Length; t++)
        {
            if ((set & (1 << t)) != 0)
            {
                if (seats[t] < minimum)
                {
                    return 0;
                }

                seatsInSet += seats[t];
                teams++;
            }
        }

        var mentees = 0;
        foreach (var teamsOfMentee in allowed)
        {
            mentees += (teamsOfMentee & set) != 0 ? 1 : 0;
        }

        return mentees < minimum * teams ? 0 : Math.Min(seatsInSet, mentees);
    }

    /// <summary>Mentees to teams of one set, by augmenting paths; each team's seats capped by the current fill level.</summary>
    private sealed class Flow
    {
        private readonly int[] _allowed;
        private readonly int[] _seats;
        private readonly int _set;
        private readonly List<int>[] _members;
        private readonly bool[] _visited;
        private int _cap;

        public Flow(int[] allowed, int[] seats, int set)
        {
            _allowed = allowed;
            _seats = seats;
            _set = set;
            _members = [.. seats.Select(_ => new List<int>())];
            _visited = new bool[seats.Length];
            TeamOf = [.. allowed.Select(_ => -1)];
        }

        public int[] TeamOf { get; }

        public int Placed { get; private set; }

        /// <summary>
        /// Raises every team's cap to <paramref name="level"/> (at most its seats) and places whom it can; true when
        /// every team of the set reached the level or its seats.
        /// </summary>
        public bool Fill(int level)
        {
            _cap = level;
            for (var m = 0; m < TeamOf.Length; m++)
            {
                if (TeamOf[m] < 0 && (_allowed[m] & _set) != 0)
                {
                    Array.Clear(_visited);
                    Placed += Augment(m) ? 1 : 0;
                }
            }

            for (var t = 0; t < _seats.Length; t++)
            {
                if ((_set & (1 << t)) != 0 && _members[t].Count < Math.Min(level, _seats[t]))
                {
                    return false;
                }
            }

            return true;
        }

        // Depth first over teams: a team below its cap takes the mentee; a full one passes one of its members on.
        private bool Augment(int mentee)
        {
            var teams = _allowed[mentee] & _set;
            for (var t = 0; t < _seats.Length; t++)
            {
                if ((teams & (1 << t)) == 0 || _visited[t])
                {
                    continue;
                }

                _visited[t] = true;
                if (_members[t].Count < Math.Min(_cap, _seats[t]))
                {
                    Move(mentee, t);
                    return true;
                }

                // A failed search moves nobody, so the list only changes on the way out of a success.
                for (var i = 0; i < _members[t].Count; i++)
                {
                    if (Augment(_members[t][i]))
                    {
                        // The member moved on, so its seat here is free for this mentee.
                        Move(mentee, t);
                        return true;
                    }
                }
            }

            return false;
        }

        private void Move(int mentee, int team)
        {
            if (TeamOf[mentee] >= 0)
            {
                _members[TeamOf[mentee]].Remove(mentee);
            }

            TeamOf[mentee] = team;
            _members[team].Add(mentee);
        }
    }
}
