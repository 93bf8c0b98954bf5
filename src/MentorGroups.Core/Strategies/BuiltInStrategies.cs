using MentorGroups.Matching;
using MentorGroups.Strategies.Greedy;
using MentorGroups.Strategies.GroupFormation;
using MentorGroups.Strategies.GroupOptimising;
using MentorGroups.Strategies.Optimal;
using MentorGroups.Strategies.Stable;

namespace MentorGroups.Strategies;

/// <summary>The built-in strategies with default options, under their default names.</summary>
public static class BuiltInStrategies
{
    /// <summary>Each built-in strategy's default name and a factory with default options.</summary>
    public static IReadOnlyList<(string Name, Func<IMatchingStrategy> Factory)> All { get; } =
    [
        (GreedyStrategyOptions.DefaultName, static () => new GreedyStrategyOptions().CreateStrategy()),
        (OptimalStrategyOptions.DefaultName, static () => new OptimalStrategyOptions().CreateStrategy()),
        (StableMatchingOptions.DefaultName, static () => new StableMatchingOptions().CreateStrategy()),
        (StableMatchingOptions.MentorProposingName, static () => new StableMatchingOptions { Proposer = StableMatchingProposer.Mentors }.CreateStrategy()),
        (GroupFormationStrategyOptions.DefaultName, static () => new GroupFormationStrategyOptions().CreateStrategy()),
        (GroupOptimisingStrategyOptions.DefaultName, static () => new GroupOptimisingStrategyOptions().CreateStrategy()),
    ];
}
