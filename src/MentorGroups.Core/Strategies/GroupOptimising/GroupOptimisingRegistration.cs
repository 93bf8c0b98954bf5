using MentorGroups.Matching;
using MentorGroups.Strategies.GroupOptimising;

namespace MentorGroups.Strategies;

/// <summary>Creating and registering the built-in strategies.</summary>
public static partial class MatchingStrategies
{
    /// <summary>Creates the group-optimising strategy.</summary>
    /// <param name="options">Options; defaults when <see langword="null"/>.</param>
    /// <returns>The strategy.</returns>
    /// <exception cref="Validation.MentorGroupsValidationException">The options are invalid or name an unknown start strategy.</exception>
    public static IMatchingStrategy GroupOptimising(GroupOptimisingStrategyOptions? options = null) => (options ?? new()).CreateStrategy();

    /// <summary>Adds the group-optimising strategy to a catalog under its options' name.</summary>
    /// <param name="catalog">The catalog.</param>
    /// <param name="options">Options; defaults when <see langword="null"/>.</param>
    /// <returns>The catalog.</returns>
    /// <exception cref="Validation.MentorGroupsValidationException">The options are invalid or name an unknown start strategy.</exception>
    public static MatchingStrategyCatalog AddGroupOptimising(this MatchingStrategyCatalog catalog, GroupOptimisingStrategyOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        return catalog.Add(GroupOptimising(options));
    }
}
