using MentorGroups.Matching;
using MentorGroups.Strategies;
using MentorGroups.Strategies.Greedy;

namespace MentorGroups.DependencyInjection.Tests.Support;

/// <summary>The strategy names an unknown-name error lists: every built-in one plus any added, in the catalog's order.</summary>
internal static class TestStrategies
{
    public static string KnownNames(params string[] added) =>
        string.Join(", ", MatchingStrategyCatalog.CreateDefault().Names.Concat(added).Order(StringComparer.OrdinalIgnoreCase));
}

/// <summary>Counts how often strategies that depend on it were created, to prove construction from the container.</summary>
internal sealed class ConstructionCounter
{
    private int _count;

    public int Count => _count;

    public void Increment() => Interlocked.Increment(ref _count);
}

/// <summary>A custom strategy built by the container (it takes a service), delegating to greedy under its own name.</summary>
internal sealed class CustomStrategy : IMatchingStrategy
{
    private readonly IMatchingStrategy _inner = new GreedyStrategyOptions { Name = "custom" }.CreateStrategy();

    public CustomStrategy(ConstructionCounter counter) => counter.Increment();

    public string Name => "custom";

    public MatchingResult Match(MatchingRequest request, CancellationToken cancellationToken = default) => _inner.Match(request, cancellationToken);
}

/// <summary>A strategy that always fails, for the failure paths of logging and telemetry.</summary>
internal sealed class FailingStrategy : IMatchingStrategy
{
    public string Name => "failing";

    public MatchingResult Match(MatchingRequest request, CancellationToken cancellationToken = default) =>
        throw new InvalidOperationException("Zelda Quixote-e000 broke it");
}
