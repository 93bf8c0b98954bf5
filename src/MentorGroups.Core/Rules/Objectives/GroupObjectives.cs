using MentorGroups.Validation;

namespace MentorGroups.Rules.Objectives;

/// <summary>The built-in group objectives and their default weights.</summary>
public static class GroupObjectives
{
    /// <summary>Default weight of <see cref="CommonMeetingSlotObjective"/>.</summary>
    internal const double CommonMeetingSlotWeight = 2;

    /// <summary>Default weight of <see cref="GoalCohesionObjective"/>.</summary>
    internal const double GoalCohesionWeight = 0.5;

    /// <summary>Default weight of <see cref="UnitDiversityObjective"/> (off; raise it where the programme wants diversity).</summary>
    internal const double UnitDiversityWeight = 0;

    /// <summary>Default weight of <see cref="BalancedGroupSizeObjective"/>.</summary>
    internal const double BalancedSizeWeight = 0.25;

    /// <summary>Default weight of <see cref="BalancedMentorLoadObjective"/>.</summary>
    internal const double MentorLoadWeight = 0.25;

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

    /// <summary>
    /// The one check of a list of weighted group objectives, for requests and settings alike: no missing entry, every
    /// weight finite and zero or more (all zero is allowed: pairwise score only), no name twice.
    /// </summary>
    internal static void Check(Problems problems, IReadOnlyList<WeightedGroupObjective?> objectives)
    {
        WeightChecks.CheckEntries(problems, objectives, "A group objective", "group objective", o => o.Objective.Name, o => o.Weight);
        WeightChecks.CheckDuplicates(problems, objectives.OfType<WeightedGroupObjective>(), "group objective", o => o.Objective.Name);
    }
}
