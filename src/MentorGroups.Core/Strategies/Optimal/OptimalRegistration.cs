using MentorGroups.Matching;
using MentorGroups.Strategies.Optimal;

namespace MentorGroups.Strategies;

/// <summary>Creating and registering the built-in strategies.</summary>
public static partial class MatchingStrategies
{
    /// <summary>Creates the exact optimal strategy.</summary>
    /// <param name="options">Options; defaults when <see langword="null"/>.</param>
    /// <returns>The strategy.</returns>
    /// <exception cref="Validation.MentorGroupsValidationException">The options are invalid.</exception>
    public static IMatchingStrategy Optimal(OptimalStrategyOptions? options = null) => (options ?? new()).CreateStrategy();

    /// <summary>Adds the exact optimal strategy to a catalog under its options' name.</summary>
    /// <param name="catalog">The catalog.</param>
    /// <param name="options">Options; defaults when <see langword="null"/>.</param>
    /// <returns>The catalog.</returns>
    /// <exception cref="Validation.MentorGroupsValidationException">The options are invalid.</exception>
    public static MatchingStrategyCatalog AddOptimal(this MatchingStrategyCatalog catalog, OptimalStrategyOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var strategy = Optimal(options);
        return catalog.Add(strategy);
    }
}
