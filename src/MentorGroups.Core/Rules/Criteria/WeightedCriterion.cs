
namespace MentorGroups.Rules.Criteria;

/// <summary>A criterion with its weight. A pair's score is the weighted mean of its criteria's scores.</summary>
/// <param name="Criterion">The criterion.</param>
/// <param name="Weight">Zero or more, finite. Zero switches the criterion off without removing it from breakdowns.</param>
public sealed record WeightedCriterion(IScoringCriterion Criterion, double Weight)
{
    /// <summary>The criterion.</summary>
    /// <exception cref="ArgumentNullException">The value is <see langword="null"/>.</exception>
    public IScoringCriterion Criterion { get; init; } = Criterion ?? throw new ArgumentNullException(nameof(Criterion));
}
