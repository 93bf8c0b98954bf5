namespace MentorGroups.Strategies.GroupOptimising;

/// <summary>Where a run of the group-optimising strategy stands, reported every
/// <see cref="GroupOptimisingStrategyOptions.ProgressInterval"/> iterations and once at the end. Only the strategy creates these.</summary>
public sealed class GroupOptimisationProgress
{
    internal GroupOptimisationProgress(long iteration, long iterationBudget, double currentObjective, double bestObjective, long acceptedMoves)
    {
        Iteration = iteration;
        IterationBudget = iterationBudget;
        CurrentObjective = currentObjective;
        BestObjective = bestObjective;
        AcceptedMoves = acceptedMoves;
    }

    /// <summary>Moves tried so far.</summary>
    public long Iteration { get; }

    /// <summary>Moves the run will try at most.</summary>
    public long IterationBudget { get; }

    /// <summary>The combined objective of the current groups.</summary>
    public double CurrentObjective { get; }

    /// <summary>The best combined objective seen so far.</summary>
    public double BestObjective { get; }

    /// <summary>Moves and swaps made so far.</summary>
    public long AcceptedMoves { get; }
}
