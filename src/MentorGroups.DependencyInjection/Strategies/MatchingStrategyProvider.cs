using MentorGroups.Matching;
using Microsoft.Extensions.Options;

namespace MentorGroups.DependencyInjection;

/// <summary>The container's <see cref="IMatchingStrategyProvider"/>.</summary>
internal sealed class MatchingStrategyProvider(StrategyRegistry registry, IOptionsMonitor<MentorGroupsOptions> options) : IMatchingStrategyProvider
{
    public IReadOnlyCollection<string> Names => registry.Names;

    public IMatchingStrategy GetStrategy(string name) => registry.Get(name);

    public IMatchingStrategy GetDefault() => registry.Get(options.CurrentValue.DefaultStrategy);
}
