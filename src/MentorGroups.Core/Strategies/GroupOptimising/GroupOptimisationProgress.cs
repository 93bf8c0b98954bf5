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

/// <summary>Where a run of the group-optimising strategy stands: while compiling, every hundredth of the mentees;
/// when the start strategy begins; during the search every <see cref="GroupOptimisingStrategyOptions.ProgressInterval"/>
/// iterations and once at the end.</summary>
/// <param name="Iteration">Moves tried so far (0 before the search).</param>
/// <param name="IterationBudget">Moves the run will try at most (0 before the search, when it is not known yet).</param>
/// <param name="CurrentObjective">The combined objective of the current groups (0 before the search).</param>
/// <param name="BestObjective">The best combined objective seen so far (0 before the search).</param>
/// <param name="AcceptedMoves">Moves and swaps made so far.</param>
public sealed record GroupOptimisationProgress(long Iteration, long IterationBudget, double CurrentObjective, double BestObjective, long AcceptedMoves)
{
    /// <summary>The stage the run is in.</summary>
    /// <value>The default value is <see cref="GroupOptimisationStage.Searching"/>.</value>
    public GroupOptimisationStage Stage { get; init; } = GroupOptimisationStage.Searching;

    /// <summary>How far compiling has got, in the <see cref="GroupOptimisationStage.Compiling"/> stage; otherwise <see langword="null"/>.</summary>
    public CompilationProgress? Compilation { get; init; }
}
