namespace MentorGroups.Matching;

/// <summary>How one group did on one group objective.</summary>
/// <remarks>Only the engine creates these, as part of a <see cref="GroupInsight"/>.</remarks>
public sealed class GroupObjectiveScore
{
    internal GroupObjectiveScore(string objective, double weight, double score, string reason)
    {
        Objective = objective ?? throw new ArgumentNullException(nameof(objective));
        Weight = weight;
        Score = score;
        Reason = reason ?? throw new ArgumentNullException(nameof(reason));
    }

    /// <summary>The objective's name.</summary>
    public string Objective { get; }

    /// <summary>Its weight in the request.</summary>
    public double Weight { get; }

    /// <summary>The score from 0 to 1.</summary>
    public double Score { get; }

    /// <summary>Why, in ids, counts and tags only.</summary>
    public string Reason { get; }
}
