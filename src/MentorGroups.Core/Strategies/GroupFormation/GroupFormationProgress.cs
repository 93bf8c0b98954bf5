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
/// <see cref="GroupFormationStrategyOptions.ProgressInterval"/> within a stage. Only the strategy creates these.</summary>
public sealed class GroupFormationProgress
{
    internal GroupFormationProgress(GroupFormationStage stage, long done, long total)
    {
        Stage = stage;
        Done = done;
        Total = total;
    }

    /// <summary>The stage.</summary>
    public GroupFormationStage Stage { get; }

    /// <summary>Steps of the stage done (mentees, pairs or groups, by stage).</summary>
    public long Done { get; }

    /// <summary>Steps of the stage in all; 0 when not known.</summary>
    public long Total { get; }
}
