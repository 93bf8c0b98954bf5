using System.Numerics;
using System.Runtime.CompilerServices;
using MentorGroups.Engine.Candidates;
using MentorGroups.Enrolments;
using MentorGroups.Matching;
using MentorGroups.Rules;
using MentorGroups.Rules.Constraints;
using MentorGroups.Rules.Criteria;

namespace MentorGroups.Engine;

/// <summary>
/// Scores one mentee against every team at once through the prepared fast paths (<see cref="IPreparableCriterion"/>,
/// <see cref="IPreparableConstraint"/>), falling back to the per-pair interfaces for criteria and constraints without
/// one. The values equal <see cref="MatchingProblem.PairValue"/> bit for bit: the same terms are added in the same
/// order.
/// </summary>
/// <remarks>
/// Which pairs get scored is the <see cref="CandidateIndex"/>'s choice; this class scores what it is given.
/// Thread-safe: every thread brings its own <see cref="Row"/>.
/// </remarks>
internal sealed class CandidateScanner
{
    private readonly MatchingPopulation _population;
    private readonly IPreparedCriterion[] _criteria;
    private readonly string[] _criterionNames;
    private readonly string[] _constraintNames;
    private readonly double[] _weights;
    private readonly double _weightSum;
    private readonly IPreparedConstraint[] _constraints;
    private readonly IHardConstraint[] _pairConstraints;
    private readonly int[] _leadMentor;
    private readonly int[] _coMentor;
    private readonly int[] _capacity;
    private readonly bool[] _open;

    /// <summary>Prepares the criteria and constraints for the request's population and indexes the teams.</summary>
    /// <exception cref="OperationCanceledException">Cancelled: checked between preparations and inside the built-in ones.</exception>
    public CandidateScanner(MatchingRequest request, PairScorer scorer, IReadOnlyList<MentorTeam> teams, IReadOnlyList<int> scanTeams, IReadOnlyList<int> openTeams, CancellationToken cancellationToken = default)
    {
        _population = MatchingPopulation.For(request, cancellationToken);
        var weighted = scorer.Criteria.Where(c => c.Weight > 0).ToArray();
        _criterionNames = [.. weighted.Select(c => Extensions.NameOf(c.Criterion))];
        _criteria = [.. weighted.Select(c => PrepareCriterion(c.Criterion))];
        _weights = [.. weighted.Select(c => c.Weight)];
        _weightSum = scorer.WeightSum;
        _pairConstraints = [.. request.Constraints];
        _constraintNames = [.. request.Constraints.Select(Extensions.NameOf)];
        _constraints = [.. request.Constraints.Select(PrepareConstraint)];
        cancellationToken.ThrowIfCancellationRequested();

        var mentorIndex = new Dictionary<Participants.ParticipantId, int>(request.Mentors.Count);
        for (var i = 0; i < request.Mentors.Count; i++)
        {
            mentorIndex[request.Mentors[i].Id] = i;
        }

        ScanTeams = [.. scanTeams];
        OpenTeams = [.. openTeams];
        _leadMentor = new int[teams.Count];
        _coMentor = new int[teams.Count];
        _capacity = new int[teams.Count];
        _open = new bool[teams.Count];
        foreach (var t in openTeams)
        {
            _open[t] = true;
        }

        foreach (var t in scanTeams)
        {
            var mentors = teams[t].Mentors;
            if (mentors.Count > 2)
            {
                throw new InvalidOperationException($"Team {t} has {mentors.Count} mentors; the scanner handles up to two.");
            }

            // A peer group has no mentor (-1): every mentee may join, at the neutral peer score.
            _leadMentor[t] = mentors.Count > 0 ? mentorIndex[mentors[0].Id] : -1;
            _coMentor[t] = mentors.Count > 1 ? mentorIndex[mentors[1].Id] : -1;
            _capacity[t] = teams[t].Capacity;
        }

        var layout = new TeamLayout(_leadMentor, _coMentor, _capacity, _open, ScanTeams);
        Index = CandidateIndex.TryCreate(this, _population, weighted, _criteria, _weightSum, layout, _constraints, cancellationToken);
        cancellationToken.ThrowIfCancellationRequested();
    }

    /// <summary>Finds bounded candidate lists without scoring most pairs; <see langword="null"/> when no criterion can be indexed.</summary>
    public CandidateIndex? Index { get; }

    /// <summary>How many mentees the request has.</summary>
    public int MenteeCount => _population.Mentees.Count;

    /// <summary>
    /// The order to scan the mentees in for <see cref="ScanBest"/>: class by class when the index has classes (each
    /// thread then works out a class once), else <see langword="null"/> for index order.
    /// </summary>
    public int[]? MenteeOrder => Index?.Classes?.Order;

    /// <summary>The teams scanned (those not locked), in index order.</summary>
    public int[] ScanTeams { get; }

    /// <summary>The teams candidates come from (not locked, with room), in index order.</summary>
    public int[] OpenTeams { get; }

    /// <summary>Scratch space for one thread.</summary>
    public Row CreateRow() => new(_population.Mentors.Count, _leadMentor.Length);

    /// <summary>
    /// Fills <see cref="Row.Values"/> for every scanned team: the pair value, or 0 when a hard constraint forbids the pair.
    /// </summary>
    public void Scan(int mentee, Row row)
    {
        Filter(mentee, row.Allowed);
        var n = 0;
        foreach (var t in ScanTeams)
        {
            row.Values[t] = 0;
            if (Allowed(t, row.Allowed))
            {
                row.Teams[n++] = t;
            }
        }

        ScoreInto(mentee, row.Teams.AsSpan(0, n), row);
    }

    /// <summary>
    /// The mentee's best <paramref name="limit"/> open teams, best first, with what the diagnosis of unmatched mentees
    /// needs: how many open teams are allowed, and how many unlocked teams (with their seats) are compatible.
    /// </summary>
    /// <param name="mentee">The mentee.</param>
    /// <param name="row">The thread's scratch space.</param>
    /// <param name="limit">The most candidates to keep.</param>
    /// <param name="compatibleMentees">Incremented for every unlocked team the mentee is compatible with.</param>
    /// <param name="allowedOpen">How many open teams are allowed.</param>
    /// <param name="compatibleTeams">How many unlocked teams are compatible.</param>
    /// <param name="compatibleSeats">Their capacity in all.</param>
    /// <returns>The candidates.</returns>
    /// <remarks>
    /// With mentee classes, part of <paramref name="compatibleMentees"/> is added a class at a time: call
    /// <see cref="Flush"/> with the same row and array once the thread's last mentee is scanned.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public Candidate[] ScanBest(int mentee, Row row, int limit, int[] compatibleMentees, out int allowedOpen, out int compatibleTeams, out int compatibleSeats)
    {
        if (Index is { Classes: not null } index)
        {
            return index.BestInClass(mentee, row, limit, compatibleMentees, out allowedOpen, out compatibleTeams, out compatibleSeats);
        }

        Filter(mentee, row.Allowed);
        int n = 0, teams = 0, seats = 0;
        foreach (var t in ScanTeams)
        {
            if (!Allowed(t, row.Allowed))
            {
                continue;
            }

            teams++;
            seats += _capacity[t];
            compatibleMentees[t]++;
            if (_open[t])
            {
                row.Teams[n++] = t;
            }
        }

        allowedOpen = n;
        compatibleTeams = teams;
        compatibleSeats = seats;
        var candidates = row.Teams.AsSpan(0, n);
        if (Index is not null && n > limit)
        {
            return Index.Best(mentee, candidates, limit, row);
        }

        ScoreInto(mentee, candidates, row);
        return CandidateSelection.Best(row.Values, candidates, limit, out _);
    }

    /// <summary>Adds to <paramref name="compatibleMentees"/> what <see cref="ScanBest"/> still holds for the row's thread.</summary>
    public void Flush(Row row, int[] compatibleMentees) => Index?.Flush(row, compatibleMentees);

    /// <summary>Writes the values of the listed teams into <see cref="Row.Values"/>, constraints aside (the caller checked them).</summary>
    public void ScoreSubset(int mentee, ReadOnlySpan<int> teams, Row row) => ScoreInto(mentee, teams, row);

    /// <summary>
    /// The values of a few teams for one mentee (0 where a hard constraint forbids the pair), without scanning the
    /// whole row: the prepared criteria score just those teams' mentors, and the constraints are asked pair by pair.
    /// </summary>
    /// <param name="mentee">The mentee.</param>
    /// <param name="teams">Scanned teams.</param>
    /// <param name="values">Receives the values, in the order of <paramref name="teams"/>.</param>
    /// <param name="row">The thread's scratch space.</param>
    public void ScoreTeams(int mentee, ReadOnlySpan<int> teams, Span<int> values, Row row)
    {
        ScoreInto(mentee, teams, row);
        var teamValues = row.Values;
        var who = _population.Mentees[mentee];
        for (var i = 0; i < teams.Length; i++)
        {
            var t = teams[i];
            var lead = _leadMentor[t];
            var co = _coMentor[t];
            values[i] = lead < 0 || (Allows(lead, who) && (co < 0 || Allows(co, who))) ? teamValues[t] : 0;
        }
    }

    /// <summary>Writes the value of every listed team into <see cref="Row.Values"/>, constraints aside.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void ScoreInto(int mentee, ReadOnlySpan<int> teams, Row row)
    {
        var mentors = Mentors(row, teams);
        var total = row.Total.AsSpan(0, mentors);
        total.Clear();
        Accumulate(mentee, row.Mentors.AsSpan(0, mentors), total, row.Buffer);
        ValuesOfTeams(teams, total, row.Values);
    }

    private IPreparedCriterion PrepareCriterion(IScoringCriterion criterion)
    {
        _population.CancellationToken.ThrowIfCancellationRequested();
        try
        {
            return criterion is IPreparableCriterion p ? p.Prepare(_population) : new SlowCriterion(criterion, _population);
        }
        catch (Exception e) when (Extensions.IsForeign(e))
        {
            throw new MatchingExtensionException(Extensions.Criterion, Extensions.NameOf(criterion), PreparingFor, null, e);
        }
    }

    private IPreparedConstraint PrepareConstraint(IHardConstraint constraint)
    {
        _population.CancellationToken.ThrowIfCancellationRequested();
        try
        {
            return constraint is IPreparableConstraint p ? p.Prepare(_population) : new SlowConstraint(constraint, _population);
        }
        catch (Exception e) when (Extensions.IsForeign(e))
        {
            throw new MatchingExtensionException(Extensions.Constraint, Extensions.NameOf(constraint), PreparingFor, null, e);
        }
    }

    private string PreparingFor => $"the population of {_population.Mentors.Count} mentor(s) and {_population.Mentees.Count} mentee(s) (while preparing)";

    private void Filter(int mentee, bool[] allowed)
    {
        Array.Fill(allowed, true);
        for (var c = 0; c < _constraints.Length; c++)
        {
            try
            {
                _constraints[c].Filter(mentee, allowed);
            }
            catch (Exception e) when (Extensions.IsForeign(e))
            {
                throw Extensions.Failed(Extensions.Constraint, _constraintNames[c], _population.Mentees[mentee], e);
            }
        }
    }

    private bool Allowed(int team, bool[] allowed)
    {
        var lead = _leadMentor[team];
        var co = _coMentor[team];
        return lead < 0 || (allowed[lead] && (co < 0 || allowed[co]));
    }

    /// <summary>Lists the mentors of the teams in <see cref="Row.Mentors"/> (lead, then co-mentor); returns how many.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int Mentors(Row row, ReadOnlySpan<int> teams)
    {
        var count = 0;
        foreach (var t in teams)
        {
            if (_leadMentor[t] < 0)
            {
                continue;
            }

            row.Mentors[count++] = _leadMentor[t];
            if (_coMentor[t] >= 0)
            {
                row.Mentors[count++] = _coMentor[t];
            }
        }

        return count;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Accumulate(int mentee, ReadOnlySpan<int> mentors, Span<double> total, double[] buffer)
    {
        var scores = buffer.AsSpan(0, mentors.Length);
        for (var c = 0; c < _criteria.Length; c++)
        {
            try
            {
                _criteria[c].Score(mentee, mentors, scores);
            }
            catch (Exception e) when (Extensions.IsForeign(e))
            {
                throw Extensions.Failed(Extensions.Criterion, _criterionNames[c], _population.Mentees[mentee], e);
            }

            var bad = AddWeighted(total, scores, _weights[c]);
            if (bad >= 0)
            {
                throw Extensions.OutOfRange(_criterionNames[c], _population.Mentors[mentors[bad]], _population.Mentees[mentee], scores[bad]);
            }
        }
    }

    /// <summary>
    /// <c>total[i] += weight * scores[i]</c>, several lanes at a time; per lane the arithmetic is the same IEEE
    /// operations, so the sums equal the slow path's. Stops at the first score that is not a number from 0 to 1.
    /// </summary>
    /// <returns>The index of the first score out of range, or -1 when all are in range.</returns>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static int AddWeighted(Span<double> total, ReadOnlySpan<double> scores, double weight)
    {
        var i = 0;
        if (Vector.IsHardwareAccelerated && total.Length >= Vector<double>.Count)
        {
            var w = new Vector<double>(weight);
            var one = Vector<double>.One;
            for (; i <= total.Length - Vector<double>.Count; i += Vector<double>.Count)
            {
                var s = new Vector<double>(scores[i..]);
                // Both comparisons are false for NaN, so a NaN lane fails the check too.
                if (!Vector.GreaterThanOrEqualAll(s, Vector<double>.Zero) || !Vector.LessThanOrEqualAll(s, one))
                {
                    break;
                }

                (new Vector<double>(total[i..]) + (w * s)).CopyTo(total[i..]);
            }
        }

        for (; i < total.Length; i++)
        {
            if (!Extensions.InRange(scores[i]))
            {
                return i;
            }

            total[i] += weight * scores[i];
        }

        return -1;
    }

    /// <summary>Turns the mentors' weighted sums (listed as <see cref="Mentors(Row, ReadOnlySpan{int})"/> lists them) into team values.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void ValuesOfTeams(ReadOnlySpan<int> teams, ReadOnlySpan<double> total, int[] values)
    {
        var k = 0;
        foreach (var t in teams)
        {
            if (_leadMentor[t] < 0)
            {
                values[t] = MatchingProblem.ToValue(_weightSum > 0 ? MatchingProblem.PeerGroupScore : 0);
                continue;
            }

            // The same steps as MatchingProblem.Score over PairScorer.Score: mean of the mentors' weighted means.
            var score = 0.0;
            score += _weightSum > 0 ? total[k++] / _weightSum : 0;
            if (_coMentor[t] >= 0)
            {
                score += _weightSum > 0 ? total[k++] / _weightSum : 0;
                score /= 2;
            }
            else
            {
                score /= 1;
            }

            values[t] = MatchingProblem.ToValue(score);
        }
    }

    private bool Allows(int mentor, Enrolment mentee)
    {
        var pair = new MemberPair(_population.Mentors[mentor], mentee, _population.Programme);
        foreach (var constraint in _pairConstraints)
        {
            if (!Extensions.Allows(constraint, pair))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>One thread's scratch space; <see cref="Values"/> holds the last scan, by team index.</summary>
    internal sealed class Row(int mentors, int teams)
    {
        /// <summary>The most teams <see cref="ScoreTeams"/> is given at once by the optimal strategy's check.</summary>
        public const int SubsetCapacity = 64;

        public bool[] Allowed { get; } = new bool[mentors];

        public int[] Values { get; } = new int[teams];

        public int[] Teams { get; } = new int[teams];

        public int[] Mentors { get; } = new int[2 * teams];

        public double[] Total { get; } = new double[2 * teams];

        public double[] Buffer { get; } = new double[2 * teams];


    }

    /// <summary>A criterion without a fast path, scored pair by pair.</summary>
    private sealed class SlowCriterion(IScoringCriterion criterion, MatchingPopulation population) : IPreparedCriterion
    {
        public void Score(int mentee, ReadOnlySpan<int> mentors, Span<double> scores)
        {
            var who = population.Mentees[mentee];
            for (var i = 0; i < mentors.Length; i++)
            {
                scores[i] = Extensions.Score(criterion, new CandidatePair(population.Mentors[mentors[i]], who, population.Programme));
            }
        }
    }

    /// <summary>A constraint without a fast path, asked pair by pair.</summary>
    private sealed class SlowConstraint(IHardConstraint constraint, MatchingPopulation population) : IPreparedConstraint
    {
        public void Filter(int mentee, Span<bool> allowed)
        {
            var who = population.Mentees[mentee];
            for (var i = 0; i < allowed.Length; i++)
            {
                if (allowed[i] && !Extensions.Allows(constraint, new MemberPair(population.Mentors[i], who, population.Programme)))
                {
                    allowed[i] = false;
                }
            }
        }
    }
}
