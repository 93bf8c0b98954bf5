using System.Numerics;
using System.Runtime.CompilerServices;
using MentorGroups.Rules;
using MentorGroups.Rules.Constraints;
using MentorGroups.Rules.Criteria;

namespace MentorGroups.Engine.Candidates;

/// <summary>
/// Finds a mentee's best teams without scoring most of them, and exactly the ones a full scan would keep. Every team
/// first gets an upper bound on its value from look-ups alone: the tag criteria (expertise, shared goals) exactly, from
/// inverted lists that touch only the mentors sharing one of the mentee's few tags; the criteria that depend on the
/// mentee through a small key (language, availability, seniority) exactly, from their cached rows, several mentors at
/// a time; every other criterion at its maximum, 1. The index then scores the teams with the highest bounds until it
/// holds as many as it keeps, and after them only the teams whose bound reaches the worst of those: a team below is
/// worth less than every kept one, so it cannot be among the best.
/// </summary>
/// <remarks>
/// Values come from the scanner's own path, so they are the same numbers; ties are broken as the scanner's
/// (<see cref="CandidateSelection.Best"/>: higher value, then lower team index). Thread-safe: scratch space is per
/// <see cref="CandidateScanner.Row"/>.
/// </remarks>
internal sealed partial class CandidateIndex
{
    /// <summary>An <see cref="AppContext"/> switch that turns the index off (every pair scored), to measure what it saves.</summary>
    public const string DisableSwitch = "MentorGroups.Compile.DisableCandidateIndex";

    /// <summary>An <see cref="AppContext"/> switch that turns the class path off (each mentee filtered and bounded on its own), to measure what it saves.</summary>
    public const string DisableClassesSwitch = "MentorGroups.Compile.DisableMenteeClasses";

    private const int Bins = 1024;

    // How many bins below the scored ones the first pass also collects.
    private const int NearBins = 48;

    // Bounds and scores add the same terms in different orders; this covers the rounding, far below one value step.
    private const double Slack = 1e-9;

    private readonly CandidateScanner _scanner;
    private readonly Term[] _terms;
    private readonly TagIndex[] _tags;
    private readonly double _weightSum;
    private readonly double _unboundedWeight;
    private readonly int[] _lead;
    private readonly int[] _co;
    private readonly TeamLayout _layout;
    private readonly IKeyedConstraint[] _keyedConstraints;
    private readonly int[] _mentorTeamStart;
    private readonly int[] _mentorTeams;
    private readonly int _mentors;
    private readonly int _teams;
    private readonly ConditionalWeakTable<CandidateScanner.Row, Scratch> _scratch = [];
    private long _scoredPairs;
    private long _indexedMentees;

    private CandidateIndex(CandidateScanner scanner, Term[] terms, TagIndex[] tags, double weightSum, int mentors, TeamLayout layout, IKeyedConstraint[]? keyedConstraints, CancellationToken cancellationToken)
    {
        _scanner = scanner;
        _terms = terms;
        _tags = tags;
        _weightSum = weightSum;
        _unboundedWeight = terms.Where(t => t.Tag < 0 && t.Keyed is null).Sum(t => t.Weight);
        _mentors = mentors;
        _layout = layout;
        _teams = layout.Count;
        _lead = layout.Lead;
        _co = layout.Co;
        _keyedConstraints = keyedConstraints ?? [];
        (_mentorTeamStart, _mentorTeams) = keyedConstraints is null ? ([], []) : layout.TeamsOfMentors(mentors);
        Classes = keyedConstraints is null ? null : MenteeClasses.Create(scanner.MenteeCount, ClassKeys(keyedConstraints), cancellationToken);
    }

    /// <summary>Pairs scored in full so far.</summary>
    public long ScoredPairs => Interlocked.Read(ref _scoredPairs);

    /// <summary>Mentees whose best teams the index chose (the others had no more allowed teams than they keep).</summary>
    public long IndexedMentees => Interlocked.Read(ref _indexedMentees);

    /// <summary>
    /// An index for the scanner's criteria, or <see langword="null"/> when it could bound none of them.
    /// </summary>
    /// <param name="scanner">The scanner that scores.</param>
    /// <param name="population">The people.</param>
    /// <param name="criteria">The weighted criteria (weight above 0), in the scanner's order.</param>
    /// <param name="prepared">Their prepared forms, in the same order.</param>
    /// <param name="weightSum">The sum of all weights.</param>
    /// <param name="layout">The teams.</param>
    /// <param name="constraints">The prepared hard constraints: when every one is keyed, mentees are scanned by class.</param>
    /// <param name="cancellationToken">Stops the work.</param>
    /// <returns>The index, or <see langword="null"/>.</returns>
    public static CandidateIndex? TryCreate(CandidateScanner scanner, MatchingPopulation population, IReadOnlyList<WeightedCriterion> criteria, IReadOnlyList<IPreparedCriterion> prepared, double weightSum, TeamLayout layout, IReadOnlyList<IPreparedConstraint> constraints, CancellationToken cancellationToken)
    {
        if (!(weightSum > 0) || (AppContext.TryGetSwitch(DisableSwitch, out var disabled) && disabled))
        {
            return null;
        }

        var tags = new List<TagIndex>();
        var terms = new Term[criteria.Count];
        var bounded = false;
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
            }

            terms[c] = new Term(criteria[c].Weight, tag is null ? -1 : tags.Count - 1, prepared[c] as KeyedRows);
            bounded |= tag is not null || terms[c].Keyed is not null;
        }

        if (!bounded)
        {
            return null;
        }

        var keyed = constraints.All(c => c is IKeyedConstraint) && !(AppContext.TryGetSwitch(DisableClassesSwitch, out var noClasses) && noClasses)
            ? constraints.Cast<IKeyedConstraint>().ToArray()
            : null;
        return new CandidateIndex(scanner, terms, [.. tags], weightSum, population.Mentors.Count, layout, keyed, cancellationToken);
    }

    /// <summary>What splits the mentees into classes: each keyed constraint's and keyed criterion's key, and whether the mentee has tags for each tag criterion.</summary>
    private IEnumerable<Func<int, int>> ClassKeys(IKeyedConstraint[] constraints)
    {
        foreach (var constraint in constraints)
        {
            yield return constraint.KeyOf;
        }

        foreach (var term in _terms)
        {
            if (term.Keyed is { } keyed)
            {
                yield return keyed.KeyOf;
            }
            else if (term.Tag >= 0)
            {
                var tags = _tags[term.Tag];
                yield return e => tags.MenteeTagCount(e) == 0 ? 0 : 1;
            }
        }
    }

    /// <summary>
    /// The mentee's best <paramref name="limit"/> teams among <paramref name="candidates"/>, best first: the same list
    /// <see cref="CandidateSelection.Best"/> picks from a full scan.
    /// </summary>
    /// <param name="mentee">The mentee.</param>
    /// <param name="candidates">The allowed open teams, ascending.</param>
    /// <param name="limit">The most to keep.</param>
    /// <param name="row">The thread's scratch space.</param>
    /// <returns>The candidates.</returns>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public Candidate[] Best(int mentee, ReadOnlySpan<int> candidates, int limit, CandidateScanner.Row row)
    {
        if (candidates.Length <= limit)
        {
            return ScoreAll(mentee, candidates, limit, row);
        }

        var s = ScratchOf(row);
        MentorBounds(mentee, s);
        var cut = TeamBounds(candidates, limit, s);

        // One pass takes the top bins to score and, to spare a second pass, the bins just below them: the bar usually
        // falls there, and then only those teams can reach it.
        var first = 0;
        var near = 0;
        var nearCut = cut - NearBins;
        for (var i = 0; i < candidates.Length; i++)
        {
            var bin = s.Bin[i];
            if (bin >= cut)
            {
                s.Scored[first++] = candidates[i];
            }
            else if (bin >= nearCut)
            {
                s.Near[near++] = i;
            }
        }

        // Candidates come in ascending order, so the scored teams do too, as the tie-break needs.
        var scored = s.Scored.AsSpan(0, first);
        _scanner.ScoreSubset(mentee, scored, row);
        var best = CandidateSelection.Best(row.Values, scored, limit, out _);
        var more = TeamsReaching(LowestScoreReaching(best[^1].Value), candidates, cut, nearCut, near, s);
        Interlocked.Add(ref _scoredPairs, first + more);
        Interlocked.Increment(ref _indexedMentees);
        return MergeReaching(mentee, best, more, s, row, limit);
    }

    /// <summary>No more teams than the limit: every one is scored and kept, nothing to bound.</summary>
    private Candidate[] ScoreAll(int mentee, ReadOnlySpan<int> teams, int limit, CandidateScanner.Row row)
    {
        Interlocked.Add(ref _scoredPairs, teams.Length);
        _scanner.ScoreSubset(mentee, teams, row);
        return CandidateSelection.Best(row.Values, teams, limit, out _);
    }

    /// <summary>
    /// Scores the <paramref name="more"/> teams in <see cref="Scratch.More"/> whose bound reaches the bar set by
    /// <paramref name="best"/>, and returns the best of both, ties broken by ascending team as the full scan does.
    /// </summary>
    private Candidate[] MergeReaching(int mentee, Candidate[] best, int more, Scratch s, CandidateScanner.Row row, int limit)
    {
        if (more == 0)
        {
            return best;
        }

        _scanner.ScoreSubset(mentee, s.More.AsSpan(0, more), row);
        foreach (var c in best)
        {
            s.More[more++] = c.Team;
        }

        var all = s.More.AsSpan(0, more);
        all.Sort();
        return CandidateSelection.Best(row.Values, all, limit, out _);
    }

    /// <summary>
    /// Each candidate's bound and bin (in <see cref="Scratch.Bound"/> and <see cref="Scratch.Bin"/>); returns the
    /// lowest of the highest bins that together hold at least <paramref name="limit"/> teams: scored first, they set
    /// the bar.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int TeamBounds(ReadOnlySpan<int> candidates, int limit, Scratch s)
    {
        var hist = s.Histogram;
        Array.Clear(hist);
        var total = s.Total;
        var unbounded = _unboundedWeight;
        var scale = 1 / _weightSum;
        for (var i = 0; i < candidates.Length; i++)
        {
            var t = candidates[i];
            var lead = _lead[t];
            var co = _co[t];
            var bound = lead < 0 ? MatchingProblem.PeerGroupScore
                : co < 0 ? (total[lead] + unbounded) * scale
                : ((total[lead] + unbounded) * scale + ((total[co] + unbounded) * scale)) / 2;
            s.Bound[i] = bound;
            var bin = Math.Clamp((int)(bound * (Bins - 1)), 0, Bins - 1);
            s.Bin[i] = bin;
            hist[bin]++;
        }

        var cut = Bins - 1;
        for (var held = hist[cut]; held < limit; held += hist[cut])
        {
            cut--;
        }

        return cut;
    }

    /// <summary>
    /// Puts into <see cref="Scratch.More"/> the candidates below the scored bins whose bound reaches
    /// <paramref name="bar"/>, and returns how many: from the near bins collected already when the bar lies among
    /// them, else from a second pass over every candidate.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int TeamsReaching(double bar, ReadOnlySpan<int> candidates, int cut, int nearCut, int near, Scratch s)
    {
        var more = 0;
        if (bar * (Bins - 1) >= nearCut)
        {
            foreach (var i in s.Near.AsSpan(0, near))
            {
                if (s.Bound[i] >= bar)
                {
                    s.More[more++] = candidates[i];
                }
            }
        }
        else
        {
            for (var i = 0; i < candidates.Length; i++)
            {
                if (s.Bin[i] < cut && s.Bound[i] >= bar)
                {
                    s.More[more++] = candidates[i];
                }
            }
        }

        return more;
    }

    /// <summary>
    /// A score below which a pair's value is below <paramref name="value"/> (<see cref="MatchingProblem.ToValue"/> is
    /// 1 + the score in millionths, rounded), with a step to spare.
    /// </summary>
    private static double LowestScoreReaching(int value) => ((value - 3.0) / MatchingProblem.ScoreResolution) - Slack;

    /// <summary>
    /// Fills <see cref="Scratch.Total"/> with each mentor's weighted sum of upper bounds over the bounded criteria (the
    /// unbounded ones are added per team, at their weight).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void MentorBounds(int mentee, Scratch s)
    {
        var total = s.Total.AsSpan();
        total.Clear();
        var mark = s.NextMark();
        foreach (var term in _terms)
        {
            if (term.Keyed is { } keyed)
            {
                AddRow(total, keyed.RowOf(mentee), term.Weight);
            }
            else if (term.Tag >= 0)
            {
                var tags = _tags[term.Tag];
                var touched = tags.Count(mentee, s.Stamp, s.Shared, mark, s.Touched);
                if (tags.MenteeTagCount(mentee) == 0)
                {
                    AddConstant(total, term.Weight * 0.5);
                    continue;
                }

                // Mentors sharing no tag score 0, untagged ones the neutral 0.5: only those two groups are touched.
                foreach (var m in s.Touched.AsSpan(0, touched))
                {
                    total[m] += term.Weight * tags.Score(mentee, m, s.Stamp, s.Shared, mark);
                }

                foreach (var m in tags.UntaggedMentors)
                {
                    total[m] += term.Weight * 0.5;
                }

                mark = s.NextMark();
            }
        }
    }

    /// <summary><c>total[m] += weight × row[m]</c>, a score that is not a number from 0 to 1 counting as 1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void AddRow(Span<double> total, ReadOnlySpan<double> row, double weight)
    {
        var i = 0;
        if (Vector.IsHardwareAccelerated && total.Length >= Vector<double>.Count)
        {
            var w = new Vector<double>(weight);
            var one = Vector<double>.One;
            for (; i <= total.Length - Vector<double>.Count; i += Vector<double>.Count)
            {
                var v = new Vector<double>(row[i..]);
                var inRange = Vector.GreaterThanOrEqual(v, Vector<double>.Zero) & Vector.LessThanOrEqual(v, one);
                (new Vector<double>(total[i..]) + (w * Vector.ConditionalSelect(inRange, v, one))).CopyTo(total[i..]);
            }
        }

        for (; i < total.Length; i++)
        {
            total[i] += weight * (row[i] is >= 0 and <= 1 ? row[i] : 1);
        }
    }

    private static void AddConstant(Span<double> total, double value)
    {
        for (var i = 0; i < total.Length; i++)
        {
            total[i] += value;
        }
    }

    /// <summary>One criterion as the index sees it: by tags, by a keyed row, or at its maximum.</summary>
    private readonly record struct Term(double Weight, int Tag, KeyedRows? Keyed);

    private Scratch ScratchOf(CandidateScanner.Row row) => _scratch.GetValue(row, _ => new Scratch(this));
}
