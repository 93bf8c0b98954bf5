using System.Globalization;
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
        foreach (var item in objectives)
        {
            if (item is null)
            {
                problems.Add(ErrorCodes.Required, "A group objective is missing (null).");
            }
            else if (!double.IsFinite(item.Weight) || item.Weight < 0)
            {
                problems.Add(ErrorCodes.InvalidWeight, string.Create(CultureInfo.InvariantCulture,
                    $"The weight of group objective '{item.Objective.Name}' must be a finite number of zero or more; got {item.Weight}."), item.Objective.Name);
            }
        }

        foreach (var name in objectives.OfType<WeightedGroupObjective>().GroupBy(o => o.Objective.Name, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key))
        {
            problems.Add(ErrorCodes.DuplicateId, $"Group objective '{name}' is given more than once.", name);
        }
    }
}
