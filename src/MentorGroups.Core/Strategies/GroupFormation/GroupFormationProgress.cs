namespace MentorGroups.Strategies.GroupFormation;

/// <summary>The stages of a group-formation run, in order.</summary>
public enum GroupFormationStage
{
    /// <summary>Deciding which mentors open groups and who co-leads with whom.</summary>
    Planning,

    /// <summary>Compiling the request: constraints, pair scores and candidate groups.</summary>
    Compiling,

    /// <summary>Placing mentees: the first fill, then chains of moves that free a seat for the unplaced.</summary>
    Placing,

    /// <summary>Bringing groups up to the size policy's minimum, or consolidating them.</summary>
    Balancing,

    /// <summary>Giving groups a common meeting time, and improving the fit by moves and swaps.</summary>
    Improving,

    /// <summary>Building the checked result with every explanation.</summary>
    Explaining,
}

/// <summary>Where a group-formation run stands: reported when each stage starts and at most every
/// <see cref="GroupFormationStrategyOptions.ProgressInterval"/> within a stage.</summary>
/// <param name="Stage">The stage.</param>
/// <param name="Done">Steps of the stage done (mentees, pairs or groups, by stage).</param>
/// <param name="Total">Steps of the stage in all; 0 when not known.</param>
public sealed record GroupFormationProgress(GroupFormationStage Stage, long Done, long Total);
