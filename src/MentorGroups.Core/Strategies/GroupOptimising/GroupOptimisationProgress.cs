using MentorGroups.Engine;

namespace MentorGroups.Strategies.GroupOptimising;

/// <summary>The stages of a group-optimising run, in order.</summary>
public enum GroupOptimisationStage
{
    /// <summary>Compiling the request (once, for the start strategy and the search alike).</summary>
    Compiling,

    /// <summary>Running the start strategy on the compiled request.</summary>
    Starting,

    /// <summary>Moving and swapping mentees between groups.</summary>
    Searching,
}

/// <summary>
/// Where a run of the group-optimising strategy stands: while compiling, every hundredth of the mentees; when the start
/// strategy begins; during the search every <see cref="GroupOptimisingStrategyOptions.ProgressInterval"/> iterations and
/// once at the end. Only the strategy creates these.
/// </summary>
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

    /// <summary>The stage the run is in.</summary>
    /// <value>The default value is <see cref="GroupOptimisationStage.Searching"/>.</value>
    public GroupOptimisationStage Stage { get; internal init; } = GroupOptimisationStage.Searching;

    /// <summary>How far compiling has got, in the <see cref="GroupOptimisationStage.Compiling"/> stage; otherwise <see langword="null"/>.</summary>
    public CompilationProgress? Compilation { get; internal init; }

    /// <summary>Moves tried so far (0 before the search).</summary>
    public long Iteration { get; }

    /// <summary>Moves the run will try at most (0 before the search, when it is not known yet).</summary>
    public long IterationBudget { get; }

    /// <summary>The combined objective of the current groups (0 before the search).</summary>
    public double CurrentObjective { get; }

    /// <summary>The best combined objective seen so far (0 before the search).</summary>
    public double BestObjective { get; }

    /// <summary>Moves and swaps made so far.</summary>
    public long AcceptedMoves { get; }
}
