using MentorGroups.Enrolments;
using MentorGroups.Matching;
using MentorGroups.Programmes;
using MentorGroups.Rules.Criteria;

namespace MentorGroups.Engine;

/// <summary>The weighted mean of a request's criteria for one mentor–mentee pair; shared by team forming and solving.</summary>
internal sealed class PairScorer
{
    private readonly WeightedCriterion[] _criteria;
    private readonly double _weightSum;
    private readonly Programme _programme;

    public PairScorer(MatchingRequest request)
    {
        _criteria = [.. request.Criteria];
        _weightSum = _criteria.Sum(c => c.Weight);
        _programme = request.Programme;
    }

    public IReadOnlyList<WeightedCriterion> Criteria => _criteria;

    public double WeightSum => _weightSum;

    public double Score(Enrolment mentor, Enrolment mentee)
    {
        if (_weightSum <= 0)
        {
            return 0;
        }

        var pair = new CandidatePair(mentor, mentee, _programme);
        var total = 0.0;
        foreach (var c in _criteria)
        {
            if (c.Weight > 0)
            {
                total += c.Weight * Extensions.Score(c.Criterion, pair);
            }
        }

        return total / _weightSum;
    }
}
