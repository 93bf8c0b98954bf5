namespace MentorGroups.Strategies.GroupOptimising;

/// <summary>Where a run of the group-optimising strategy stands, reported every
/// <see cref="GroupOptimisingStrategyOptions.ProgressInterval"/> iterations and once at the end.</summary>
/// <param name="Iteration">Moves tried so far.</param>
/// <param name="IterationBudget">Moves the run will try at most.</param>
/// <param name="CurrentObjective">The combined objective of the current groups.</param>
/// <param name="BestObjective">The best combined objective seen so far.</param>
/// <param name="AcceptedMoves">Moves and swaps made so far.</param>
public sealed record GroupOptimisationProgress(long Iteration, long IterationBudget, double CurrentObjective, double BestObjective, long AcceptedMoves);
