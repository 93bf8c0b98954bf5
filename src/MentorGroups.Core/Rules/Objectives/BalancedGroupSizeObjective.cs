using System.Globalization;

namespace MentorGroups.Rules.Objectives;

/// <summary>
/// Balanced group sizes: 1 when the group's mentee count is the average across the matching rounded down or up
/// (<see cref="GroupTargets.MenteesPerGroup"/>), falling linearly to 0 as it moves a whole average away.
/// </summary>
public sealed class BalancedGroupSizeObjective : IGroupObjective
{
    /// <summary>The name, "balanced-size".</summary>
    internal const string DefaultName = "balanced-size";

    /// <inheritdoc/>
    public string Name => DefaultName;

    /// <inheritdoc/>
    public double Score(in GroupContext group) => Balance.Score(group.Mentees.Count, group.Targets.MenteesPerGroup);

    /// <inheritdoc/>
    public string Explain(in GroupContext group) =>
        string.Create(CultureInfo.InvariantCulture, $"{group.Mentees.Count} mentee(s); groups have {group.Targets.MenteesPerGroup:0.#} on average");
}

/// <summary>How far a count is from a target that may fall between two whole numbers.</summary>
internal static class Balance
{
    public static double Score(int count, double target)
    {
        if (!(target > 0))
        {
            return count == 0 ? 1 : 0.5;
        }

        var distance = count < Math.Floor(target) ? Math.Floor(target) - count : count > Math.Ceiling(target) ? count - Math.Ceiling(target) : 0;
        return Math.Max(0, 1 - (distance / Math.Max(1, target)));
    }
}
