using MentorGroups.Matching;

namespace MentorGroups.Rules.Objectives;

/// <summary>A group objective with its weight.</summary>
/// <remarks>
/// The group-optimising strategy maximises, over all placed mentees, the pair score (0 to 1) plus the weighted
/// objectives of the mentee's group. A weight of 1 therefore makes an objective as important as the whole pairwise fit;
/// 0 switches it off for optimising but keeps it in every group's report (<see cref="GroupInsight.Objectives"/>).
/// </remarks>
/// <param name="Objective">The objective.</param>
/// <param name="Weight">Zero or more, finite.</param>
public sealed record WeightedGroupObjective(IGroupObjective Objective, double Weight)
{
    /// <summary>The objective.</summary>
    /// <exception cref="ArgumentNullException">The value is <see langword="null"/>.</exception>
    public IGroupObjective Objective { get; init; } = Objective ?? throw new ArgumentNullException(nameof(Objective));
}
