using System.Globalization;

namespace MentorGroups.Rules.Objectives;

/// <summary>
/// Fairness between mentors: 1 when the group fills its seats about as much as groups do on average
/// (<see cref="GroupTargets.LoadRatio"/> × capacity, rounded down or up), falling linearly as it moves away, so no
/// few mentors do all the work. Neutral (0.5) for peer groups and groups without seats.
/// </summary>
public sealed class BalancedMentorLoadObjective : IGroupObjective
{
    /// <summary>The name, "mentor-load".</summary>
    internal const string DefaultName = "mentor-load";

    /// <inheritdoc/>
    public string Name => DefaultName;

    /// <inheritdoc/>
    public double Score(in GroupContext group) =>
        group.Mentors.Count == 0 || group.Capacity <= 0 ? 0.5 : Balance.Score(group.Mentees.Count, group.Targets.LoadRatio * group.Capacity);

    /// <inheritdoc/>
    public string Explain(in GroupContext group) =>
        group.Mentors.Count == 0 || group.Capacity <= 0
            ? "no mentor seats to balance (neutral)"
            : string.Create(CultureInfo.InvariantCulture,
                $"{group.Mentees.Count} of {group.Capacity} seat(s) taken; mentors are {group.Targets.LoadRatio:P0} full on average");
}
