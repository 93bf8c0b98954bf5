using MentorGroups.Matching.Prepared;
using MentorGroups.Matching.Scoring;

namespace MentorGroups.Matching.Solving;

/// <summary>
/// Scores one mentee against every team at once through the prepared fast paths (<see cref="IPreparableCriterion"/>,
/// <see cref="IPreparableConstraint"/>), falling back to the per-pair interfaces for criteria and constraints without
/// one. The values equal <see cref="MatchingProblem.PairValue"/> bit for bit: the same terms are added in the same
/// order.
/// </summary>
/// <remarks>Thread-safe: every thread brings its own <see cref="Row"/>.</remarks>
internal sealed class CandidateScanner
{
    private readonly MatchingPopulation _population;
    private readonly IPreparedCriterion[] _criteria;
    private readonly double[] _weights;
    private readonly double _weightSum;
    private readonly IPreparedConstraint[] _constraints;
    private readonly Constraints.IHardConstraint[] _pairConstraints;
    private readonly int[] _scoredMentors;
    private readonly int[] _leadPosition;
    private readonly int[] _coPosition;
    private readonly int[] _leadMentor;
    private readonly int[] _coMentor;

    public CandidateScanner(MatchingRequest request, PairScorer scorer, IReadOnlyList<MentorTeam> teams, IReadOnlyList<int> scanTeams)
    {
        _population = MatchingPopulation.For(request);
        var weighted = scorer.Criteria.Where(c => c.Weight > 0).ToArray();
        _criteria = [.. weighted.Select(c => c.Criterion is IPreparableCriterion p ? p.Prepare(_population) : new SlowCriterion(c.Criterion, _population))];
        _weights = [.. weighted.Select(c => c.Weight)];
        _weightSum = scorer.WeightSum;
        _pairConstraints = [.. request.Constraints];
        _constraints = [.. request.Constraints.Select(c => c is IPreparableConstraint p ? p.Prepare(_population) : new SlowConstraint(c, _population))];

        var mentorIndex = new Dictionary<Participants.ParticipantId, int>(request.Mentors.Count);
        for (var i = 0; i < request.Mentors.Count; i++)
        {
            mentorIndex[request.Mentors[i].Id] = i;
        }

        // Only mentors of teams a mentee may join are scored; a team refers to its mentors by position in that list.
        ScanTeams = [.. scanTeams];
        var scored = new SortedSet<int>(scanTeams.SelectMany(t => teams[t].Mentors.Select(m => mentorIndex[m.Id])));
        _scoredMentors = [.. scored];
        var position = new Dictionary<int, int>(_scoredMentors.Length);
        for (var i = 0; i < _scoredMentors.Length; i++)
        {
            position[_scoredMentors[i]] = i;
        }

        _leadMentor = new int[teams.Count];
        _coMentor = new int[teams.Count];
        _leadPosition = new int[teams.Count];
        _coPosition = new int[teams.Count];
        foreach (var t in scanTeams)
        {
            var mentors = teams[t].Mentors;
            _leadMentor[t] = mentorIndex[mentors[0].Id];
            _leadPosition[t] = position[_leadMentor[t]];
            _coMentor[t] = mentors.Count > 1 ? mentorIndex[mentors[1].Id] : -1;
            _coPosition[t] = mentors.Count > 1 ? position[_coMentor[t]] : -1;
            if (mentors.Count > 2)
            {
                throw new InvalidOperationException($"Team {t} has {mentors.Count} mentors; the scanner handles one or two.");
            }
        }
    }

    /// <summary>The teams scanned (those not locked), in index order.</summary>
    public int[] ScanTeams { get; }

    /// <summary>Scratch space for one thread.</summary>
    public Row CreateRow() => new(_population.Mentors.Count, _scoredMentors.Length, _leadMentor.Length);

    /// <summary>
    /// Fills <see cref="Row.Values"/> for every scanned team: the pair value, or 0 when a hard constraint forbids the pair.
    /// </summary>
    public void Scan(int mentee, Row row)
    {
        var allowed = row.Allowed;
        Array.Fill(allowed, true);
        foreach (var constraint in _constraints)
        {
            constraint.Filter(mentee, allowed);
        }

        var total = row.Total;
        Array.Clear(total);
        var buffer = row.Buffer;
        for (var c = 0; c < _criteria.Length; c++)
        {
            _criteria[c].Score(mentee, _scoredMentors, buffer);
            var weight = _weights[c];
            for (var i = 0; i < total.Length; i++)
            {
                total[i] += weight * PairScorer.Clamp(buffer[i]);
            }
        }

        var values = row.Values;
        var weightSum = _weightSum;
        foreach (var t in ScanTeams)
        {
            var co = _coMentor[t];
            if (!allowed[_leadMentor[t]] || (co >= 0 && !allowed[co]))
            {
                values[t] = 0;
                continue;
            }

            // The same steps as MatchingProblem.Score over PairScorer.Score: mean of the mentors' weighted means.
            var score = 0.0;
            score += weightSum > 0 ? total[_leadPosition[t]] / weightSum : 0;
            if (co >= 0)
            {
                score += weightSum > 0 ? total[_coPosition[t]] / weightSum : 0;
                score /= 2;
            }
            else
            {
                score /= 1;
            }

            values[t] = MatchingProblem.ToValue(score);
        }
    }

    /// <summary>
    /// The values of a few teams for one mentee (0 where a hard constraint forbids the pair), without scanning the
    /// whole row: the prepared criteria score just those teams' mentors, and the constraints are asked pair by pair.
    /// </summary>
    /// <param name="mentee">The mentee.</param>
    /// <param name="teams">Scanned teams, at most <see cref="Row.SubsetCapacity"/>.</param>
    /// <param name="values">Receives the values, in the order of <paramref name="teams"/>.</param>
    /// <param name="row">The thread's scratch space.</param>
    public void ScoreTeams(int mentee, ReadOnlySpan<int> teams, Span<int> values, Row row)
    {
        var mentors = row.SubsetMentors;
        var count = 0;
        foreach (var t in teams)
        {
            mentors[count++] = _leadMentor[t];
            if (_coMentor[t] >= 0)
            {
                mentors[count++] = _coMentor[t];
            }
        }

        var list = mentors.AsSpan(0, count);
        var total = row.SubsetTotal.AsSpan(0, count);
        var buffer = row.SubsetBuffer.AsSpan(0, count);
        total.Clear();
        for (var c = 0; c < _criteria.Length; c++)
        {
            _criteria[c].Score(mentee, list, buffer);
            var weight = _weights[c];
            for (var i = 0; i < total.Length; i++)
            {
                total[i] += weight * PairScorer.Clamp(buffer[i]);
            }
        }

        var who = _population.Mentees[mentee];
        var k = 0;
        for (var i = 0; i < teams.Length; i++)
        {
            var t = teams[i];
            var co = _coMentor[t];
            var allowed = Allows(_leadMentor[t], who) && (co < 0 || Allows(co, who));
            var score = 0.0;
            score += _weightSum > 0 ? total[k++] / _weightSum : 0;
            if (co >= 0)
            {
                score += _weightSum > 0 ? total[k++] / _weightSum : 0;
                score /= 2;
            }
            else
            {
                score /= 1;
            }

            values[i] = allowed ? MatchingProblem.ToValue(score) : 0;
        }
    }

    private bool Allows(int mentor, Enrolments.Enrolment mentee)
    {
        var pair = new Constraints.MemberPair(_population.Mentors[mentor], mentee, _population.Programme);
        foreach (var constraint in _pairConstraints)
        {
            if (!constraint.Allows(pair))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>One thread's scratch space; <see cref="Values"/> holds the last scan, by team index.</summary>
    internal sealed class Row(int mentors, int scored, int teams)
    {
        public bool[] Allowed { get; } = new bool[mentors];

        public double[] Total { get; } = new double[scored];

        public double[] Buffer { get; } = new double[scored];

        /// <summary>The most teams <see cref="ScoreTeams"/> takes at once.</summary>
        public const int SubsetCapacity = 64;

        public int[] Values { get; } = new int[teams];

        public int[] SubsetMentors { get; } = new int[2 * SubsetCapacity];

        public double[] SubsetTotal { get; } = new double[2 * SubsetCapacity];

        public double[] SubsetBuffer { get; } = new double[2 * SubsetCapacity];
    }

    /// <summary>A criterion without a fast path, scored pair by pair.</summary>
    private sealed class SlowCriterion(IScoringCriterion criterion, MatchingPopulation population) : IPreparedCriterion
    {
        public void Score(int mentee, ReadOnlySpan<int> mentors, Span<double> scores)
        {
            var who = population.Mentees[mentee];
            for (var i = 0; i < mentors.Length; i++)
            {
                scores[i] = criterion.Score(new CandidatePair(population.Mentors[mentors[i]], who, population.Programme));
            }
        }
    }

    /// <summary>A constraint without a fast path, asked pair by pair.</summary>
    private sealed class SlowConstraint(Constraints.IHardConstraint constraint, MatchingPopulation population) : IPreparedConstraint
    {
        public void Filter(int mentee, Span<bool> allowed)
        {
            var who = population.Mentees[mentee];
            for (var i = 0; i < allowed.Length; i++)
            {
                if (allowed[i] && !constraint.Allows(new Constraints.MemberPair(population.Mentors[i], who, population.Programme)))
                {
                    allowed[i] = false;
                }
            }
        }
    }
}
