using System.Runtime.CompilerServices;
using MentorGroups.Rules;
using MentorGroups.Rules.Criteria;

namespace MentorGroups.Engine.Candidates;

/// <summary>
/// Finds a mentee's best teams without scoring most of them, and exactly the ones a full scan would keep. Each team
/// gets an upper bound on its value that costs a few look-ups: the tag criteria (expertise, shared goals) exactly,
/// from inverted lists; the criteria that depend on the mentee through a small key (language, availability,
/// seniority) exactly, from their cached rows; every other criterion at its maximum, 1. Only the teams of mentors
/// who share a tag with the mentee on the heaviest tag criterion (or have no tags there) are looked at; every other
/// team scores 0 on it, which bounds it by the weight of the rest. The index scores the teams with the highest bounds
/// until it holds as many as it keeps, then every team whose bound reaches the worst of those; a team left out is
/// then worth less than the kept ones, so it cannot be among the best. When the bound of the teams not looked at
/// reaches the worst kept value, the mentee's whole row is scanned as before.
/// </summary>
/// <remarks>
/// Values come from the scanner's own path, so they are the same numbers; ties are broken as the scanner's
/// (<see cref="CandidateSelection.Best"/>: higher value, then lower team index). Thread-safe: scratch space is per
/// <see cref="CandidateScanner.Row"/>.
/// </remarks>
internal sealed class CandidateIndex
{
    private const int Bins = 1024;

    // A bound is compared as a value one step above what it would round to, so rounding can never hide a team.
    private const double Slack = 1e-9;

    private readonly CandidateScanner _scanner;
    private readonly Term[] _terms;
    private readonly TagIndex[] _tags;
    private readonly TagIndex _primary;
    private readonly double _weightSum;
    private readonly int[] _lead;
    private readonly int[] _co;
    private readonly int[] _teamOfMentor;
    private readonly int[] _peerTeams;
    private readonly int _mentors;
    private readonly int _teams;
    private readonly ConditionalWeakTable<CandidateScanner.Row, Scratch> _scratch = [];
    private readonly ConditionalWeakTable<double[], StrongBox<double>> _rowMax = [];
    private long _scoredPairs;
    private long _indexedMentees;
    private long _fullScans;
    private long _restPasses;

    private CandidateIndex(CandidateScanner scanner, Term[] terms, TagIndex[] tags, int primary, double weightSum, int mentors, int[] lead, int[] co, int[] openTeams)
    {
        _scanner = scanner;
        _terms = terms;
        _tags = tags;
        _primary = tags[primary];
        _weightSum = weightSum;
        _mentors = mentors;
        _teams = lead.Length;
        _lead = lead;
        _co = co;
        _teamOfMentor = new int[mentors];
        Array.Fill(_teamOfMentor, -1);
        var peers = new List<int>();
        foreach (var t in openTeams)
        {
            if (lead[t] < 0)
            {
                peers.Add(t);
                continue;
            }

            _teamOfMentor[lead[t]] = t;
            if (co[t] >= 0)
            {
                _teamOfMentor[co[t]] = t;
            }
        }

        _peerTeams = [.. peers];
    }

    /// <summary>Pairs scored in full so far (by the index and by its whole-row scans).</summary>
    public long ScoredPairs => Interlocked.Read(ref _scoredPairs);

    /// <summary>Mentees whose best teams the index found.</summary>
    public long IndexedMentees => Interlocked.Read(ref _indexedMentees);

    /// <summary>Mentees whose whole rows had to be scanned, because the bound of the rest was not low enough.</summary>
    public long FullScans => Interlocked.Read(ref _fullScans);

    /// <summary>Mentees for whom the teams not looked at had to be bounded one by one.</summary>
    public long RestPasses => Interlocked.Read(ref _restPasses);

    /// <summary>
    /// An index for the scanner's criteria, or <see langword="null"/> when none of them is a tag criterion to index by.
    /// </summary>
    /// <param name="scanner">The scanner that scores.</param>
    /// <param name="population">The people.</param>
    /// <param name="criteria">The weighted criteria (weight above 0), in the scanner's order.</param>
    /// <param name="prepared">Their prepared forms, in the same order.</param>
    /// <param name="weightSum">The sum of all weights.</param>
    /// <param name="lead">Per team, the lead mentor's index (-1 for a peer group).</param>
    /// <param name="co">Per team, the co-mentor's index or -1.</param>
    /// <param name="openTeams">The teams candidates come from.</param>
    /// <returns>The index, or <see langword="null"/>.</returns>
    public static CandidateIndex? TryCreate(CandidateScanner scanner, MatchingPopulation population, IReadOnlyList<WeightedCriterion> criteria, IReadOnlyList<IPreparedCriterion> prepared, double weightSum, int[] lead, int[] co, int[] openTeams)
    {
        if (!(weightSum > 0))
        {
            return null;
        }

        var tags = new List<TagIndex>();
        var terms = new Term[criteria.Count];
        int primary = -1;
        var primaryWeight = 0.0;
        for (var c = 0; c < criteria.Count; c++)
        {
            var tag = criteria[c].Criterion switch
            {
                ExpertiseCoverageCriterion => TagIndex.Coverage(population, static m => m.Participant.Profile.Expertise, static e => e.Goals),
                SharedGoalsCriterion => TagIndex.Jaccard(population, static m => m.Participant.Profile.LearningGoals, static e => e.Goals),
                _ => null,
            };
            if (tag is not null)
            {
                tags.Add(tag);
                if (criteria[c].Weight > primaryWeight)
                {
                    (primary, primaryWeight) = (tags.Count - 1, criteria[c].Weight);
                }
            }

            terms[c] = new Term(criteria[c].Weight, tag is null ? -1 : tags.Count - 1, prepared[c] as KeyedRows);
        }

        return primary < 0 ? null : new CandidateIndex(scanner, terms, [.. tags], primary, weightSum, population.Mentors.Count, lead, co, openTeams);
    }

    /// <summary>
    /// The mentee's best <paramref name="limit"/> teams among <paramref name="candidates"/>, best first: the same list
    /// <see cref="CandidateSelection.Best"/> picks from a full scan.
    /// </summary>
    /// <param name="mentee">The mentee.</param>
    /// <param name="candidates">The allowed open teams, ascending; <see cref="CandidateScanner.Row.Allowed"/> holds the mentee's allowed mentors.</param>
    /// <param name="limit">The most to keep.</param>
    /// <param name="row">The thread's scratch space.</param>
    /// <returns>The candidates.</returns>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public Candidate[] Best(int mentee, ReadOnlySpan<int> candidates, int limit, CandidateScanner.Row row)
    {
        if (candidates.Length <= limit || _primary.MenteeTagCount(mentee) == 0)
        {
            return FullScan(mentee, candidates, limit, row);
        }

        var s = _scratch.GetValue(row, _ => new Scratch(this));
        var mark = s.NextMark();
        var primaryTouched = 0;
        for (var i = 0; i < _tags.Length; i++)
        {
            var touched = _tags[i].Count(mentee, s.Stamp[i], s.Shared[i], mark, s.Touched[i]);
            s.TouchedCount[i] = touched;
            if (ReferenceEquals(_tags[i], _primary))
            {
                primaryTouched = touched;
                s.PrimaryTouched = s.Touched[i];
            }
        }

        for (var c = 0; c < _terms.Length; c++)
        {
            s.Rows[c] = _terms[c].Keyed?.RowOf(mentee);
        }

        var found = 0;
        found = Enumerate(mentee, s, mark, s.PrimaryTouched.AsSpan(0, primaryTouched), row.Allowed, found);
        found = Enumerate(mentee, s, mark, _primary.UntaggedMentors, row.Allowed, found);
        foreach (var t in _peerTeams)
        {
            found = Consider(mentee, s, mark, t, row.Allowed, found);
        }

        if (found < limit)
        {
            return FullScan(mentee, candidates, limit, row);
        }

        // The highest bins until they hold at least `limit` teams: scored first, they set the bar for the rest.
        var hist = s.Histogram;
        Array.Clear(hist);
        for (var i = 0; i < found; i++)
        {
            hist[s.Bin[i]]++;
        }

        var cut = Bins - 1;
        for (var held = hist[cut]; held < limit; held += hist[cut])
        {
            cut--;
        }

        var first = 0;
        for (var i = 0; i < found; i++)
        {
            if (s.Bin[i] >= cut)
            {
                s.Scored[first++] = s.Found[i];
            }
        }

        var scored = s.Scored.AsSpan(0, first);
        scored.Sort();
        _scanner.ScoreSubset(mentee, scored, row);
        var best = CandidateSelection.Best(row.Values, scored, limit, out _);
        var bar = best[^1].Value;
        var more = first;
        for (var i = 0; i < found; i++)
        {
            if (s.Bin[i] < cut && BoundValue(s.Bound[i]) >= bar)
            {
                s.Scored[more++] = s.Found[i];
            }
        }

        if (BoundValue(RestBound(mentee, s, mark)) >= bar)
        {
            // The teams not looked at might reach the bar: bound each of them (look-ups only) and score those that do.
            Interlocked.Increment(ref _restPasses);
            foreach (var t in candidates)
            {
                if (s.TeamStamp[t] != mark && BoundValue(TeamBound(mentee, s, mark, t)) >= bar)
                {
                    s.Scored[more++] = t;
                }
            }
        }

        Interlocked.Add(ref _scoredPairs, more);
        Interlocked.Increment(ref _indexedMentees);
        if (more == first)
        {
            return best;
        }

        _scanner.ScoreSubset(mentee, s.Scored.AsSpan(first, more - first), row);
        var all = s.Scored.AsSpan(0, more);
        all.Sort();
        return CandidateSelection.Best(row.Values, all, limit, out _);
    }

    private static int BoundValue(double bound) => MatchingProblem.ToValue(bound + Slack) + 1;

    private Candidate[] FullScan(int mentee, ReadOnlySpan<int> candidates, int limit, CandidateScanner.Row row)
    {
        Interlocked.Add(ref _scoredPairs, candidates.Length);
        Interlocked.Increment(ref _fullScans);
        _scanner.ScoreSubset(mentee, candidates, row);
        return CandidateSelection.Best(row.Values, candidates, limit, out _);
    }

    private int Enumerate(int mentee, Scratch s, int mark, ReadOnlySpan<int> mentors, bool[] allowed, int found)
    {
        foreach (var m in mentors)
        {
            found = Consider(mentee, s, mark, _teamOfMentor[m], allowed, found);
        }

        return found;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Consider(int mentee, Scratch s, int mark, int team, bool[] allowed, int found)
    {
        if (team < 0 || s.TeamStamp[team] == mark)
        {
            return found;
        }

        s.TeamStamp[team] = mark;
        var lead = _lead[team];
        var co = _co[team];
        if (lead >= 0 && (!allowed[lead] || (co >= 0 && !allowed[co])))
        {
            return found;
        }

        var bound = TeamBound(mentee, s, mark, team);
        s.Found[found] = team;
        s.Bound[found] = bound;
        s.Bin[found] = Math.Clamp((int)(bound * (Bins - 1)), 0, Bins - 1);
        return found + 1;
    }

    private double TeamBound(int mentee, Scratch s, int mark, int team)
    {
        var lead = _lead[team];
        if (lead < 0)
        {
            return MatchingProblem.PeerGroupScore;
        }

        var bound = MentorBound(mentee, s, mark, lead);
        var co = _co[team];
        return co >= 0 ? (bound + MentorBound(mentee, s, mark, co)) / 2 : bound;
    }

    /// <summary>
    /// A bound for every team not looked at: 0 on the primary criterion, the best any mentor reaches on each keyed and
    /// tag criterion (a team's value is a mean over its mentors, so no more than its best mentor's), 1 on the rest.
    /// </summary>
    private double RestBound(int mentee, Scratch s, int mark)
    {
        var total = 0.0;
        for (var c = 0; c < _terms.Length; c++)
        {
            var term = _terms[c];
            double score;
            if (term.Tag >= 0)
            {
                score = ReferenceEquals(_tags[term.Tag], _primary) ? 0 : BestTagScore(mentee, s, mark, term.Tag);
            }
            else if (s.Rows[c] is { } keyed)
            {
                score = _rowMax.GetValue(keyed, static r => new StrongBox<double>(UpperBound(r))).Value;
            }
            else
            {
                score = 1;
            }

            total += term.Weight * score;
        }

        return total / _weightSum;
    }

    private double BestTagScore(int mentee, Scratch s, int mark, int tag)
    {
        var index = _tags[tag];
        if (index.MenteeTagCount(mentee) == 0 || index.UntaggedMentors.Length > 0)
        {
            return index.MenteeTagCount(mentee) == 0 || s.TouchedCount[tag] == 0 ? 0.5 : 1;
        }

        var best = 0.0;
        foreach (var mentor in s.Touched[tag].AsSpan(0, s.TouchedCount[tag]))
        {
            best = Math.Max(best, index.Score(mentee, mentor, s.Stamp[tag], s.Shared[tag], mark));
        }

        return best;
    }

    private static double UpperBound(double[] row)
    {
        var max = 0.0;
        foreach (var v in row)
        {
            max = Math.Max(max, double.IsFinite(v) ? Math.Clamp(v, 0, 1) : 1);
        }

        return max;
    }

    /// <summary>The weighted mean of the criteria's upper bounds for the pair, added in the scanner's order.</summary>
    private double MentorBound(int mentee, Scratch s, int mark, int mentor)
    {
        var total = 0.0;
        for (var c = 0; c < _terms.Length; c++)
        {
            var term = _terms[c];
            double score;
            if (term.Tag >= 0)
            {
                score = _tags[term.Tag].Score(mentee, mentor, s.Stamp[term.Tag], s.Shared[term.Tag], mark);
            }
            else if (s.Rows[c] is { } keyed)
            {
                var v = keyed[mentor];
                score = double.IsFinite(v) ? Math.Clamp(v, 0, 1) : 1;
            }
            else
            {
                score = 1;
            }

            total += term.Weight * score;
        }

        return total / _weightSum;
    }

    /// <summary>One criterion as the index sees it: by tags, by a keyed row, or at its maximum.</summary>
    private readonly record struct Term(double Weight, int Tag, KeyedRows? Keyed);

    /// <summary>One thread's arrays.</summary>
    private sealed class Scratch
    {
        private int _mark;

        public Scratch(CandidateIndex index)
        {
            Stamp = [.. index._tags.Select(_ => new int[index._mentors])];
            Shared = [.. index._tags.Select(_ => new int[index._mentors])];
            Touched = [.. index._tags.Select(_ => new int[index._mentors])];
            PrimaryTouched = Touched[0];
            TouchedCount = new int[index._tags.Length];
            Rows = new double[]?[index._terms.Length];
            TeamStamp = new int[index._teams];
            Found = new int[index._teams];
            Bound = new double[index._teams];
            Bin = new int[index._teams];
            Scored = new int[index._teams];
        }

        public int[][] Stamp { get; }

        public int[][] Shared { get; }

        public int[][] Touched { get; }

        public int[] PrimaryTouched { get; set; }

        public int[] TouchedCount { get; }

        public double[]?[] Rows { get; }

        public int[] TeamStamp { get; }

        public int[] Found { get; }

        public double[] Bound { get; }

        public int[] Bin { get; }

        public int[] Scored { get; }

        public int[] Histogram { get; } = new int[Bins];

        public int NextMark()
        {
            if (_mark == int.MaxValue)
            {
                foreach (var stamp in Stamp)
                {
                    Array.Clear(stamp);
                }

                Array.Clear(TeamStamp);
                _mark = 0;
            }

            return ++_mark;
        }
    }
}
