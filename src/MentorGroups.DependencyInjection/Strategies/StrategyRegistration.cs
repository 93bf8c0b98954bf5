using MentorGroups.Matching;

namespace MentorGroups.DependencyInjection;

/// <summary>
/// A strategy registered in the container under a name; one per name (adding a name again replaces it). A built-in
/// strategy has no factory: each programme configuration creates its own, with that configuration's settings.
/// </summary>
/// <param name="Name">The name it is resolved by (case-insensitive).</param>
/// <param name="Factory">Creates the strategy, once: strategies are singletons. <see langword="null"/> for a built-in strategy.</param>
internal sealed record StrategyRegistration(string Name, Func<IServiceProvider, IMatchingStrategy>? Factory);
