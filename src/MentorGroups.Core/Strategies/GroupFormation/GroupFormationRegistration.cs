using MentorGroups.Matching;
using MentorGroups.Strategies.GroupFormation;

namespace MentorGroups.Strategies;

/// <summary>Creating and registering the built-in strategies.</summary>
public static partial class MatchingStrategies
{
    /// <summary>Creates the group-formation strategy, the recommended default.</summary>
    /// <param name="options">Options; defaults when <see langword="null"/>.</param>
    /// <returns>The strategy.</returns>
    /// <exception cref="Validation.MentorGroupsValidationException">The options are invalid.</exception>
    public static IMatchingStrategy GroupFormation(GroupFormationStrategyOptions? options = null) => (options ?? new()).CreateStrategy();

    /// <summary>Adds the group-formation strategy to a catalog under its options' name.</summary>
    /// <param name="catalog">The catalog.</param>
    /// <param name="options">Options; defaults when <see langword="null"/>.</param>
    /// <returns>The catalog.</returns>
    /// <exception cref="Validation.MentorGroupsValidationException">The options are invalid.</exception>
    public static MatchingStrategyCatalog AddGroupFormation(this MatchingStrategyCatalog catalog, GroupFormationStrategyOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        return catalog.Add(GroupFormation(options));
    }
}
