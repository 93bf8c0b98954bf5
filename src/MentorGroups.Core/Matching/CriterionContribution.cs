namespace MentorGroups.Matching;

/// <summary>What one criterion contributed to a placement's score.</summary>
/// <param name="Criterion">The criterion's name.</param>
/// <param name="Weight">Its weight.</param>
/// <param name="Score">Its score from 0 to 1 (the mean over the group's mentors).</param>
/// <param name="Contribution">Its share of the total: weight × score ÷ sum of weights.</param>
/// <param name="Reason">Why it scored so, e.g. "common language: en".</param>
public sealed record CriterionContribution(string Criterion, double Weight, double Score, double Contribution, string Reason)
{
    /// <summary>The criterion's name.</summary>
    /// <exception cref="ArgumentNullException">The value is <see langword="null"/>.</exception>
    public string Criterion { get; init; } = Criterion ?? throw new ArgumentNullException(nameof(Criterion));

    /// <summary>Why it scored so, e.g. "common language: en".</summary>
    /// <exception cref="ArgumentNullException">The value is <see langword="null"/>.</exception>
    public string Reason { get; init; } = Reason ?? throw new ArgumentNullException(nameof(Reason));
}
