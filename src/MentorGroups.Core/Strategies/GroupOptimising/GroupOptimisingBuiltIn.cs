using MentorGroups.Matching;
using MentorGroups.Strategies;
using MentorGroups.Strategies.GroupOptimising;

[assembly: BuiltInStrategy<GroupOptimisingBuiltIn>]

namespace MentorGroups.Strategies.GroupOptimising;

/// <summary>
/// Registers the group-optimising strategy under its default name, with the catalog's time budget and its start strategy
/// resolved in the same catalog (so a start strategy registered there is honoured).
/// </summary>
internal sealed class GroupOptimisingBuiltIn : IBuiltInStrategy
{
    public string Name => GroupOptimisingStrategyOptions.DefaultName;

    public IMatchingStrategy Create(BuiltInStrategySettings settings)
    {
        var options = new GroupOptimisingStrategyOptions { StartCatalog = settings.Catalog };
        if (settings.TimeBudget is { } budget)
        {
            options.TimeBudget = budget;
        }

        return options.CreateStrategy();
    }
}
