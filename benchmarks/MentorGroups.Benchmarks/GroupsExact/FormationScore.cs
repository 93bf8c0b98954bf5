using System.Globalization;

namespace MentorGroups.Benchmarks.GroupsExact;

/// <summary>
/// The group-formation objective of one set of groups, level by level in the strategy's order of priority: mentees
/// placed (most), groups below the minimum (fewest), groups whose members cannot all meet at one time (fewest), and the
/// fit: the pair values plus the goal-cohesion term (most). A higher level always decides before a lower one.
/// </summary>
internal readonly record struct FormationScore(int Placed, int BelowMinimum, int WithoutSlot, long Fit, int Groups)
{
    /// <summary>Positive when this score is better than <paramref name="other"/>, negative when worse, 0 when equal.</summary>
    public int CompareTo(FormationScore other) =>
        Placed != other.Placed ? Placed.CompareTo(other.Placed)
        : BelowMinimum != other.BelowMinimum ? other.BelowMinimum.CompareTo(BelowMinimum)
        : WithoutSlot != other.WithoutSlot ? other.WithoutSlot.CompareTo(WithoutSlot)
        : Fit.CompareTo(other.Fit);

    /// <summary>The first level at which this score falls short of the optimum, or null when it falls short at none.</summary>
    public string? ShortAt(FormationScore optimum) =>
        Placed < optimum.Placed ? "placed"
        : Placed > optimum.Placed ? null
        : BelowMinimum > optimum.BelowMinimum ? "below minimum"
        : BelowMinimum < optimum.BelowMinimum ? null
        : WithoutSlot > optimum.WithoutSlot ? "without slot"
        : WithoutSlot < optimum.WithoutSlot ? null
        : Fit < optimum.Fit ? "fit"
        : null;

    /// <summary>
    /// The relative shortfall against the optimum at the first level where this score differs from it: mentees not
    /// placed as a share of the optimum's placements; extra groups below the minimum or without a common time as a share
    /// of the optimum's groups; or, with the three first levels equal, the fit lost as a share of the optimum's fit.
    /// 0 when this score is as good; negative when it is better (the exact model would then be wrong).
    /// </summary>
    public double GapTo(FormationScore optimum)
    {
        var groups = Math.Max(1, optimum.Groups);
        if (Placed != optimum.Placed)
        {
            return (double)(optimum.Placed - Placed) / Math.Max(1, optimum.Placed);
        }

        if (BelowMinimum != optimum.BelowMinimum)
        {
            return (double)(BelowMinimum - optimum.BelowMinimum) / groups;
        }

        if (WithoutSlot != optimum.WithoutSlot)
        {
            return (double)(WithoutSlot - optimum.WithoutSlot) / groups;
        }

        // The model rounds each goal overlap to whole units and takes a group's mean in integers, so its fit optimum is
        // exact to within a few units per member (millionths of a pair value); closer than that is as good.
        var slack = 2L * optimum.Placed;
        return optimum.Fit == 0 || Math.Abs(optimum.Fit - Fit) <= slack ? 0 : (double)(optimum.Fit - Fit) / optimum.Fit;
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"placed {Placed}, {Groups} groups, {BelowMinimum} below minimum, {WithoutSlot} without a common slot, fit {Fit / 1e6:F4}");
}
