namespace MentorGroups.Matching;

/// <summary>How one group did on one group objective.</summary>
/// <param name="Objective">The objective's name.</param>
/// <param name="Weight">Its weight in the request.</param>
/// <param name="Score">The score from 0 to 1.</param>
/// <param name="Reason">Why, in ids, counts and tags only.</param>
public sealed record GroupObjectiveScore(string Objective, double Weight, double Score, string Reason)
{
    /// <summary>The objective's name.</summary>
    /// <exception cref="ArgumentNullException">The value is <see langword="null"/>.</exception>
    public string Objective { get; init; } = Objective ?? throw new ArgumentNullException(nameof(Objective));

    /// <summary>Why, in ids, counts and tags only.</summary>
    /// <exception cref="ArgumentNullException">The value is <see langword="null"/>.</exception>
    public string Reason { get; init; } = Reason ?? throw new ArgumentNullException(nameof(Reason));
}
