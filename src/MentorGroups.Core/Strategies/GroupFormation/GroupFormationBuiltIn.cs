using MentorGroups.Matching;
using MentorGroups.Strategies;
using MentorGroups.Strategies.GroupFormation;

[assembly: BuiltInStrategy<GroupFormationBuiltIn>]

namespace MentorGroups.Strategies.GroupFormation;

/// <summary>Registers the group-formation strategy, the recommended default, under its default name with the catalog's time budget.</summary>
internal sealed class GroupFormationBuiltIn : IBuiltInStrategy
{
    public string Name => GroupFormationStrategyOptions.DefaultName;

    public IMatchingStrategy Create(BuiltInStrategySettings settings)
    {
        var options = new GroupFormationStrategyOptions();
        if (settings.TimeBudget is { } budget)
        {
            options.TimeBudget = budget;
        }

        return options.CreateStrategy();
    }
}
