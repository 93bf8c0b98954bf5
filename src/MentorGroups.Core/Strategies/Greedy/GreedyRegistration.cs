using MentorGroups.Matching;
using MentorGroups.Strategies.Greedy;

namespace MentorGroups.Strategies;

/// <summary>Creating and registering the built-in strategies.</summary>
public static partial class MatchingStrategies
{
    /// <summary>Creates the greedy strategy.</summary>
    /// <param name="options">Options; defaults when <see langword="null"/>.</param>
    /// <returns>The strategy.</returns>
    /// <exception cref="Validation.MentorGroupsValidationException">The options are invalid.</exception>
    public static IMatchingStrategy Greedy(GreedyStrategyOptions? options = null) => (options ?? new()).CreateStrategy();

    /// <summary>Adds the greedy strategy to a catalog under its options' name.</summary>
    /// <param name="catalog">The catalog.</param>
    /// <param name="options">Options; defaults when <see langword="null"/>.</param>
    /// <returns>The catalog.</returns>
    public static MatchingStrategyCatalog AddGreedy(this MatchingStrategyCatalog catalog, GreedyStrategyOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var strategy = Greedy(options);
        return catalog.Add(strategy);
    }
}
