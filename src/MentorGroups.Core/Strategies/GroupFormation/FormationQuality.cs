namespace MentorGroups.Strategies.GroupFormation;

/// <summary>
/// How good a set of formed groups is, in the order a coordinator weighs it: mentees placed (most), groups below the
/// minimum (fewest), groups whose members cannot all meet at one time (fewest), then the fit: pair values plus each
/// mentee's goal overlap with their group (most). An earlier level always decides before a later one.
/// </summary>
internal readonly record struct FormationQuality(int Placed, int BelowMinimum, int WithoutSlot, long Fit) : IComparable<FormationQuality>
{
    /// <summary>The quality of all groups: the sum of every team's.</summary>
    public static FormationQuality Of(FormationState state, int minimum, double cohesionWeight)
    {
        var total = default(FormationQuality);
        for (var t = 0; t < state.Members.Length; t++)
        {
            total += OfTeam(state, t, minimum, cohesionWeight);
        }

        return total;
    }

    /// <summary>One team's share: its members, whether it is below the minimum or cannot meet, and its members' fit.</summary>
    public static FormationQuality OfTeam(FormationState state, int team, int minimum, double cohesionWeight)
    {
        var members = state.Members[team];
        if (members.Count == 0)
        {
            return default;
        }

        long fit = 0;
        foreach (var m in members)
        {
            fit += Math.Max(0, state.ValueOf(m, team)) + state.Cohesion(m, team, -1, cohesionWeight);
        }

        return new FormationQuality(members.Count, members.Count < minimum ? 1 : 0, state.CanMeet(team) ? 0 : 1, fit);
    }

    public static FormationQuality operator +(FormationQuality a, FormationQuality b) =>
        new(a.Placed + b.Placed, a.BelowMinimum + b.BelowMinimum, a.WithoutSlot + b.WithoutSlot, a.Fit + b.Fit);

    public static FormationQuality operator -(FormationQuality a, FormationQuality b) =>
        new(a.Placed - b.Placed, a.BelowMinimum - b.BelowMinimum, a.WithoutSlot - b.WithoutSlot, a.Fit - b.Fit);

    /// <summary>Positive when these groups are better than <paramref name="other"/>, negative when worse, 0 when as good.</summary>
    public int CompareTo(FormationQuality other) =>
        Placed != other.Placed ? Placed.CompareTo(other.Placed)
        : BelowMinimum != other.BelowMinimum ? other.BelowMinimum.CompareTo(BelowMinimum)
        : WithoutSlot != other.WithoutSlot ? other.WithoutSlot.CompareTo(WithoutSlot)
        : Fit.CompareTo(other.Fit);
}
