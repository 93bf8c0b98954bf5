using MentorGroups.Matching;
using MentorGroups.Strategies;
using MentorGroups.Strategies.Greedy;

[assembly: BuiltInStrategy<GreedyBuiltIn>]

namespace MentorGroups.Strategies.Greedy;

/// <summary>Registers the greedy strategy under its default name.</summary>
internal sealed class GreedyBuiltIn : IBuiltInStrategy
{
    public string Name => GreedyStrategyOptions.DefaultName;

    public IMatchingStrategy Create(BuiltInStrategySettings settings) => new GreedyStrategyOptions().CreateStrategy();
}
