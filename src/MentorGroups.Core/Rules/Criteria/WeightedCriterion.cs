namespace MentorGroups.Rules.Criteria;

/// <summary>A criterion with its weight. A pair's score is the weighted mean of its criteria's scores.</summary>
public sealed class WeightedCriterion
{
    /// <summary>Weighs a criterion.</summary>
    /// <param name="criterion">The criterion.</param>
    /// <param name="weight">Zero or more, finite (checked when the request is built). Zero switches the criterion off
    /// without removing it from breakdowns.</param>
    /// <exception cref="ArgumentNullException"><paramref name="criterion"/> is <see langword="null"/>.</exception>
    public WeightedCriterion(IScoringCriterion criterion, double weight)
    {
        Criterion = criterion ?? throw new ArgumentNullException(nameof(criterion));
        Weight = weight;
    }

    /// <summary>The criterion.</summary>
    public IScoringCriterion Criterion { get; }

    /// <summary>The weight: zero or more, finite.</summary>
    public double Weight { get; }
}
