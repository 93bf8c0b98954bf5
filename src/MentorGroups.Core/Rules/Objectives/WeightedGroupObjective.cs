using MentorGroups.Matching;

namespace MentorGroups.Rules.Objectives;

/// <summary>A group objective with its weight.</summary>
/// <remarks>
/// The group-optimising strategy maximises, over all placed mentees, the pair score (0 to 1) plus the weighted
/// objectives of the mentee's group. A weight of 1 therefore makes an objective as important as the whole pairwise fit;
/// 0 switches it off for optimising but keeps it in every group's report (<see cref="GroupInsight.Objectives"/>).
/// </remarks>
public sealed class WeightedGroupObjective
{
    /// <summary>Weighs a group objective.</summary>
    /// <param name="objective">The objective.</param>
    /// <param name="weight">Zero or more, finite (checked when the request is built).</param>
    /// <exception cref="ArgumentNullException"><paramref name="objective"/> is <see langword="null"/>.</exception>
    public WeightedGroupObjective(IGroupObjective objective, double weight)
    {
        Objective = objective ?? throw new ArgumentNullException(nameof(objective));
        Weight = weight;
    }

    /// <summary>The objective.</summary>
    public IGroupObjective Objective { get; }

    /// <summary>The weight: zero or more, finite.</summary>
    public double Weight { get; }
}
