namespace MentorGroups.Matching;

/// <summary>
/// A way of matching mentees and mentors into groups. Built-in strategies and integrators' own are equals: every
/// built-in one is written only against public types (<see cref="Engine.MatchingProblem"/>, <see cref="Engine.Assignment"/>).
/// </summary>
/// <remarks>
/// Implementations must be safe for concurrent use (they are registered as singletons), deterministic (the same
/// request and seed give the same result, whatever the input order), and must honour cancellation. Prove it with
/// the conformance kit in the MentorGroups.Testing package.
/// </remarks>
public interface IMatchingStrategy
{
    /// <summary>The strategy's name, e.g. "greedy"; unique within an application.</summary>
    string Name { get; }

    /// <summary>Matches the request.</summary>
    /// <param name="request">A validated request.</param>
    /// <param name="cancellationToken">Stops the work; the strategy then throws <see cref="OperationCanceledException"/>.</param>
    /// <returns>The groups, the unmatched mentees with reasons, and the explanations.</returns>
    MatchingResult Match(MatchingRequest request, CancellationToken cancellationToken = default);
}
