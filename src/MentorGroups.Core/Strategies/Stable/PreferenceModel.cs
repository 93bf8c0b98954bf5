using MentorGroups.Engine;
using MentorGroups.Matching;

namespace MentorGroups.Strategies.Stable;

/// <summary>
/// The preferences deferred acceptance runs on, seen from the mentees: each mentee's acceptable teams, most wanted
/// first, and for each entry the team's priority key for that mentee (smaller is better; keys are only ever compared
/// within one team). Only pairs acceptable to both sides and allowed by the hard constraints appear.
/// </summary>
/// <remarks>
/// Without explicit lists the mentee's candidate list is used as it is (no copy): it is already ordered by value, then
/// team index, and the team's key is computed from the candidate's value on the fly. So nothing of size teams × mentees
/// is ever built. With explicit lists the lists are built once, in total size no bigger than the candidate lists.
/// </remarks>
internal sealed class PreferenceModel
{
    // Derived keys: a better value gives a smaller high part, the lower mentee index breaks ties in the low part.
    private const long ValueCeiling = MatchingProblem.ScoreResolution + 2L;

    private readonly MatchingProblem? _problem;
    private readonly int[]? _offsets;
    private readonly int[]? _teams;
    private readonly long[]? _keys;

    private PreferenceModel(int menteeCount, int teamCount, MatchingProblem? problem, int[]? offsets, int[]? teams, long[]? keys)
    {
        MenteeCount = menteeCount;
        TeamCount = teamCount;
        _problem = problem;
        _offsets = offsets;
        _teams = teams;
        _keys = keys;
    }

    /// <summary>Whether the lists were built (from explicit preferences) rather than read from the candidate lists.</summary>
    public bool IsExplicit => _offsets is not null;

    public int MenteeCount { get; }

    public int TeamCount { get; }

    public static PreferenceModel Create(MatchingProblem problem, CancellationToken cancellationToken)
    {
        var preferences = problem.Request.Preferences;
        if (preferences is null)
        {
            return new PreferenceModel(problem.Mentees.Count, problem.Teams.Count, problem, null, null, null);
        }

        var teamRanks = TeamRanks(problem, preferences);

        var offsets = new int[problem.Mentees.Count + 1];
        var teams = new List<int>();
        var keys = new List<long>();
        var allowed = new Dictionary<int, int>();
        for (var m = 0; m < problem.Mentees.Count; m++)
        {
            if ((m & 0x3FF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var candidates = problem.Candidates(m);
            if (preferences.Mentees.TryGetValue(problem.Mentees[m].Id, out var ranked) && ranked is not null)
            {
                // Only teams the hard constraints allow are candidates; naming a mentor twice (lead and co-mentor) counts once.
                allowed.Clear();
                foreach (var c in candidates)
                {
                    allowed[c.Team] = c.Value;
                }

                foreach (var mentor in ranked)
                {
                    var team = problem.TeamOfMentor(mentor);
                    if (team >= 0 && allowed.Remove(team, out var value))
                    {
                        Append(m, team, value);
                    }
                }
            }
            else
            {
                foreach (var c in candidates)
                {
                    Append(m, c.Team, c.Value);
                }
            }

            offsets[m + 1] = teams.Count;
        }

        return new PreferenceModel(problem.Mentees.Count, problem.Teams.Count, null, offsets, [.. teams], [.. keys]);

        void Append(int mentee, int team, int value)
        {
            var ranks = teamRanks[team];
            if (ranks is null)
            {
                teams.Add(team);
                keys.Add(DerivedKey(value, mentee));
            }
            else if (ranks.TryGetValue(mentee, out var rank))
            {
                teams.Add(team);
                keys.Add(rank);
            }
        }
    }

    /// <summary>A team ranks mentees by its lead mentor's list; a team whose lead gave no list (null) falls back to scores.</summary>
    private static Dictionary<int, int>?[] TeamRanks(MatchingProblem problem, PreferenceLists preferences)
    {
        var teamRanks = new Dictionary<int, int>?[problem.Teams.Count];
        foreach (var team in problem.Teams)
        {
            if (preferences.Mentors.TryGetValue(team.Lead.Id, out var ranked) && ranked is not null)
            {
                var ranks = new Dictionary<int, int>(ranked.Count);
                for (var i = 0; i < ranked.Count; i++)
                {
                    var mentee = problem.IndexOfMentee(ranked[i]);
                    if (mentee >= 0)
                    {
                        ranks.TryAdd(mentee, i);
                    }
                }

                teamRanks[team.Index] = ranks;
            }
        }

        return teamRanks;
    }

    /// <summary>
    /// Lists given directly: mentee m's teams are <paramref name="teams"/>[<paramref name="offsets"/>[m]..<paramref name="offsets"/>[m + 1]],
    /// best first, each with the team's key for m. For exercising the algorithm at sizes a compiled problem would not reach.
    /// </summary>
    internal static PreferenceModel FromLists(int teamCount, int[] offsets, int[] teams, long[] keys) =>
        new(offsets.Length - 1, teamCount, null, offsets, teams, keys);

    /// <summary>How many teams the mentee finds acceptable (and that accept them).</summary>
    public int Length(int mentee) => _offsets is null ? _problem!.Candidates(mentee).Length : _offsets[mentee + 1] - _offsets[mentee];

    /// <summary>The team at a position of the mentee's list, and the team's priority key for the mentee.</summary>
    public int TeamAt(int mentee, int position, out long teamKey)
    {
        if (_offsets is null)
        {
            var candidate = _problem!.Candidates(mentee)[position];
            teamKey = DerivedKey(candidate.Value, mentee);
            return candidate.Team;
        }

        var i = _offsets[mentee] + position;
        teamKey = _keys![i];
        return _teams![i];
    }

    /// <summary>
    /// The same preferences seen from the teams: each team's acceptable mentees, to be taken best first, each with the
    /// position the mentee gives the team (smaller is better).
    /// </summary>
    public TeamLists BuildTeamLists(CancellationToken cancellationToken)
    {
        var offsets = new int[TeamCount + 1];
        for (var m = 0; m < MenteeCount; m++)
        {
            for (var i = Length(m) - 1; i >= 0; i--)
            {
                offsets[TeamAt(m, i, out _) + 1]++;
            }
        }

        for (var t = 0; t < TeamCount; t++)
        {
            offsets[t + 1] += offsets[t];
        }

        var fill = offsets[..^1];
        var keys = new long[offsets[^1]];
        var entries = new long[offsets[^1]];
        for (var m = 0; m < MenteeCount; m++)
        {
            if ((m & 0x3FF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var length = Length(m);
            for (var i = 0; i < length; i++)
            {
                var team = TeamAt(m, i, out var key);
                var slot = fill[team]++;
                keys[slot] = key;
                entries[slot] = ((long)m << 32) | (uint)i;
            }
        }

        return new TeamLists(offsets, keys, entries);
    }

    private static long DerivedKey(int value, int mentee) => ((ValueCeiling - value) << 32) | (uint)mentee;

    /// <summary>
    /// Each team's mentees as a min-heap on the team's key, each entry packed as (mentee, the mentee's position of the
    /// team). A team only ever looks at its best few, so a heap (built in linear time on first use) beats sorting
    /// every list in full.
    /// </summary>
    internal sealed class TeamLists(int[] offsets, long[] keys, long[] entries)
    {
        private readonly int[] _remaining = new int[offsets.Length - 1];
        private readonly bool[] _ready = new bool[offsets.Length - 1];

        /// <summary>Takes the best mentee the team has not yet been offered.</summary>
        /// <returns><see langword="false"/> when the list is exhausted.</returns>
        public bool TryTakeNext(int team, out int mentee, out int menteeRank)
        {
            var start = offsets[team];
            if (!_ready[team])
            {
                _ready[team] = true;
                _remaining[team] = offsets[team + 1] - start;
                for (var i = (_remaining[team] / 2) - 1; i >= 0; i--)
                {
                    SiftDown(start, i, _remaining[team]);
                }
            }

            var count = _remaining[team];
            if (count == 0)
            {
                mentee = -1;
                menteeRank = -1;
                return false;
            }

            var entry = entries[start];
            mentee = (int)(entry >> 32);
            menteeRank = (int)(uint)entry;
            count--;
            _remaining[team] = count;
            if (count > 0)
            {
                keys[start] = keys[start + count];
                entries[start] = entries[start + count];
                SiftDown(start, 0, count);
            }

            return true;
        }

        private void SiftDown(int start, int i, int count)
        {
            var key = keys[start + i];
            var entry = entries[start + i];
            while (true)
            {
                var child = (2 * i) + 1;
                if (child >= count)
                {
                    break;
                }

                if (child + 1 < count && keys[start + child + 1] < keys[start + child])
                {
                    child++;
                }

                if (keys[start + child] >= key)
                {
                    break;
                }

                keys[start + i] = keys[start + child];
                entries[start + i] = entries[start + child];
                i = child;
            }

            keys[start + i] = key;
            entries[start + i] = entry;
        }
    }
}
