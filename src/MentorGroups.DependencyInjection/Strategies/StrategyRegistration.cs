using MentorGroups.Matching;

namespace MentorGroups.DependencyInjection;

/// <summary>A strategy registered in the container under a name; one per name (adding a name again replaces it).</summary>
/// <param name="Name">The name it is resolved by (case-insensitive).</param>
/// <param name="Factory">Creates the strategy, once: strategies are singletons.</param>
internal sealed record StrategyRegistration(string Name, Func<IServiceProvider, IMatchingStrategy> Factory);
