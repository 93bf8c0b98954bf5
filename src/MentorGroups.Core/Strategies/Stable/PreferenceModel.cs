using MentorGroups.Matching.Solving;

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

    private readonly MatchingProblem _problem;
    private readonly int[]? _offsets;
    private readonly int[]? _teams;
    private readonly long[]? _keys;

    private PreferenceModel(MatchingProblem problem, int[]? offsets, int[]? teams, long[]? keys)
    {
        _problem = problem;
        _offsets = offsets;
        _teams = teams;
        _keys = keys;
    }

    public MatchingProblem Problem => _problem;

    /// <summary>Whether the lists come from the request's explicit preferences.</summary>
    public bool IsExplicit => _offsets is not null;

    public int MenteeCount => _problem.Mentees.Count;

    public int TeamCount => _problem.Teams.Count;

    public static PreferenceModel Create(MatchingProblem problem, CancellationToken cancellationToken)
    {
        var preferences = problem.Request.Preferences;
        if (preferences is null)
        {
            return new PreferenceModel(problem, null, null, null);
        }

        // A team ranks mentees by its lead mentor's list; a team whose lead gave no list falls back to scores.
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

        return new PreferenceModel(problem, offsets, [.. teams], [.. keys]);

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

    /// <summary>How many teams the mentee finds acceptable (and that accept them).</summary>
    public int Length(int mentee) => _offsets is null ? _problem.Candidates(mentee).Length : _offsets[mentee + 1] - _offsets[mentee];

    /// <summary>The team at a position of the mentee's list, and the team's priority key for the mentee.</summary>
    public int TeamAt(int mentee, int position, out long teamKey)
    {
        if (_offsets is null)
        {
            var candidate = _problem.Candidates(mentee)[position];
            teamKey = DerivedKey(candidate.Value, mentee);
            return candidate.Team;
        }

        var i = _offsets[mentee] + position;
        teamKey = _keys![i];
        return _teams![i];
    }

    /// <summary>
    /// The same preferences seen from the teams: each team's acceptable mentees, best first, each with the position the
    /// mentee gives the team (smaller is better).
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

        for (var t = 0; t < TeamCount; t++)
        {
            Array.Sort(keys, entries, offsets[t], offsets[t + 1] - offsets[t]);
        }

        return new TeamLists(offsets, entries);
    }

    private static long DerivedKey(int value, int mentee) => ((ValueCeiling - value) << 32) | (uint)mentee;

    /// <summary>Each team's mentees in the team's order, packed as (mentee, the mentee's position of the team).</summary>
    internal sealed class TeamLists(int[] offsets, long[] entries)
    {
        public int Length(int team) => offsets[team + 1] - offsets[team];

        public int MenteeAt(int team, int position, out int menteeRank)
        {
            var entry = entries[offsets[team] + position];
            menteeRank = (int)(uint)entry;
            return (int)(entry >> 32);
        }
    }
}
