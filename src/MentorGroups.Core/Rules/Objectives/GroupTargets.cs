namespace MentorGroups.Rules.Objectives;

/// <summary>
/// What a fair share looks like across the whole matching, so that a single group can be scored against it: how many
/// mentees a group has on average, and how full mentors are on average.
/// </summary>
/// <remarks>The engine computes these; build one yourself to test a group objective.</remarks>
public readonly struct GroupTargets
{
    /// <summary>Creates the targets.</summary>
    /// <param name="menteesPerGroup">Placed mentees divided by the groups that can take mentees.</param>
    /// <param name="loadRatio">Placed mentees divided by the seats of those groups (0 to 1).</param>
    public GroupTargets(double menteesPerGroup, double loadRatio)
    {
        MenteesPerGroup = menteesPerGroup;
        LoadRatio = loadRatio;
    }

    /// <summary>Placed mentees divided by the groups that can take mentees.</summary>
    public double MenteesPerGroup { get; }

    /// <summary>Placed mentees divided by the seats of those groups (0 to 1).</summary>
    public double LoadRatio { get; }
}
