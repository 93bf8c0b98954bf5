using MentorGroups.Matching;
using MentorGroups.Strategies;
using MentorGroups.Strategies.Optimal;

[assembly: BuiltInStrategy<OptimalBuiltIn>]

namespace MentorGroups.Strategies.Optimal;

/// <summary>Registers the exact optimal strategy under its default name.</summary>
internal sealed class OptimalBuiltIn : IBuiltInStrategy
{
    public string Name => OptimalStrategyOptions.DefaultName;

    public IMatchingStrategy Create(BuiltInStrategySettings settings) => new OptimalStrategyOptions().CreateStrategy();
}
