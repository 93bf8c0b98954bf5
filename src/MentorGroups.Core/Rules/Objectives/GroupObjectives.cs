
namespace MentorGroups.Rules.Objectives;

/// <summary>The built-in group objectives and their default weights.</summary>
public static class GroupObjectives
{
    /// <summary>Default weight of <see cref="CommonMeetingSlotObjective"/>.</summary>
    public const double CommonMeetingSlotWeight = 2;

    /// <summary>Default weight of <see cref="GoalCohesionObjective"/>.</summary>
    public const double GoalCohesionWeight = 0.5;

    /// <summary>Default weight of <see cref="UnitDiversityObjective"/> (off; raise it where the programme wants diversity).</summary>
    public const double UnitDiversityWeight = 0;

    /// <summary>Default weight of <see cref="BalancedGroupSizeObjective"/>.</summary>
    public const double BalancedSizeWeight = 0.25;

    /// <summary>Default weight of <see cref="BalancedMentorLoadObjective"/>.</summary>
    public const double MentorLoadWeight = 0.25;

    /// <summary>
    /// Every built-in objective with its default weight: common meeting slot 2, goal cohesion 0.5, balanced size 0.25,
    /// mentor load 0.25, unit diversity 0 (reported, not optimised). A common slot weighs most because a group that
    /// cannot meet does not work, whatever its pairwise fit; a weight of 2 makes it outweigh the pairwise score of the
    /// group's members twice over.
    /// </summary>
    /// <returns>A new list.</returns>
    public static IReadOnlyList<WeightedGroupObjective> Default() =>
    [
        new(new CommonMeetingSlotObjective(), CommonMeetingSlotWeight),
        new(new GoalCohesionObjective(), GoalCohesionWeight),
        new(new UnitDiversityObjective(), UnitDiversityWeight),
        new(new BalancedGroupSizeObjective(), BalancedSizeWeight),
        new(new BalancedMentorLoadObjective(), MentorLoadWeight),
    ];
}
