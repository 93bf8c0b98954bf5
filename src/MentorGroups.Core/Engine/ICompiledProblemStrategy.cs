using MentorGroups.Matching;

namespace MentorGroups.Engine;

/// <summary>
/// A strategy that can also match a request someone else has already compiled. A strategy that builds on another
/// one's groups — group-optimising starts from a pairwise strategy's — compiles the request once and hands the
/// <see cref="MatchingProblem"/> over, instead of letting both compile it. Implement it on your own strategy when it
/// works from a compiled problem anyway; the built-in pairwise strategies do.
/// </summary>
/// <remarks>
/// <c>Match(problem)</c> must give the result that <see cref="IMatchingStrategy.Match"/> gives for
/// <c>problem.Request</c>, when the problem was compiled as <see cref="MatchingProblem.Compile(MatchingRequest, CancellationToken)"/>
/// compiles it; timings may differ. <see cref="MatchingProblem.CompileTime"/> is how long compiling took, wherever it
/// happened, for a <c>compileMilliseconds</c> metric.
/// </remarks>
public interface ICompiledProblemStrategy : IMatchingStrategy
{
    /// <summary>Matches a compiled request.</summary>
    /// <param name="problem">The compiled request.</param>
    /// <param name="cancellationToken">Stops the work; the strategy then throws <see cref="OperationCanceledException"/>.</param>
    /// <returns>The groups, the unmatched mentees with reasons, and the explanations, as for <c>problem.Request</c>.</returns>
    MatchingResult Match(MatchingProblem problem, CancellationToken cancellationToken = default);
}
