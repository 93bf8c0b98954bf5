using MentorGroups.Matching;
using MentorGroups.Strategies;
using MentorGroups.Strategies.Stable;

[assembly: BuiltInStrategy<StableBuiltIn>]
[assembly: BuiltInStrategy<StableMentorProposingBuiltIn>]

namespace MentorGroups.Strategies.Stable;

/// <summary>Registers the mentee-proposing stable strategy under its default name.</summary>
internal sealed class StableBuiltIn : IBuiltInStrategy
{
    public string Name => StableMatchingStrategyOptions.DefaultName;

    public IMatchingStrategy Create(BuiltInStrategySettings settings) => new StableMatchingStrategyOptions().CreateStrategy();
}

/// <summary>Registers the mentor-proposing stable strategy under its default name.</summary>
internal sealed class StableMentorProposingBuiltIn : IBuiltInStrategy
{
    public string Name => StableMatchingStrategyOptions.MentorProposingName;

    public IMatchingStrategy Create(BuiltInStrategySettings settings) =>
        new StableMatchingStrategyOptions { Proposer = StableMatchingProposer.Mentors }.CreateStrategy();
}
