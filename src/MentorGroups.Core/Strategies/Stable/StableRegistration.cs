using MentorGroups.Matching;
using MentorGroups.Strategies.Stable;

namespace MentorGroups.Strategies;

/// <summary>Creating and registering the built-in strategies.</summary>
public static partial class MatchingStrategies
{
    /// <summary>Creates the stable matching strategy (deferred acceptance; mentee-proposing unless the options say otherwise).</summary>
    /// <param name="options">Options; defaults when <see langword="null"/>.</param>
    /// <returns>The strategy.</returns>
    /// <exception cref="Validation.MentorGroupsValidationException">The options are invalid.</exception>
    public static IMatchingStrategy StableMatching(StableMatchingOptions? options = null) => (options ?? new()).CreateStrategy();

    /// <summary>Adds the stable matching strategy to a catalog under its name.</summary>
    /// <param name="catalog">The catalog.</param>
    /// <param name="options">Options; defaults when <see langword="null"/>.</param>
    /// <returns>The catalog.</returns>
    /// <exception cref="Validation.MentorGroupsValidationException">The options are invalid.</exception>
    public static MatchingStrategyCatalog AddStableMatching(this MatchingStrategyCatalog catalog, StableMatchingOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var strategy = StableMatching(options);
        return catalog.Add(strategy);
    }
}
