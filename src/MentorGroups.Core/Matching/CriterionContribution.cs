namespace MentorGroups.Matching;

/// <summary>What one criterion contributed to a placement's score.</summary>
/// <remarks>Only the engine creates contributions, as part of a <see cref="Placement"/>.</remarks>
public sealed class CriterionContribution
{
    internal CriterionContribution(string criterion, double weight, double score, double contribution, string reason)
    {
        Criterion = criterion ?? throw new ArgumentNullException(nameof(criterion));
        Weight = weight;
        Score = score;
        Contribution = contribution;
        Reason = reason ?? throw new ArgumentNullException(nameof(reason));
    }

    /// <summary>The criterion's name.</summary>
    public string Criterion { get; }

    /// <summary>Its weight.</summary>
    public double Weight { get; }

    /// <summary>Its score from 0 to 1 (the mean over the group's mentors).</summary>
    public double Score { get; }

    /// <summary>Its share of the total: weight × score ÷ sum of weights.</summary>
    public double Contribution { get; }

    /// <summary>Why it scored so, e.g. "common language: en".</summary>
    public string Reason { get; }
}
