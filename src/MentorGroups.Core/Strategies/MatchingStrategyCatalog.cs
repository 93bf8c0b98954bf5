using MentorGroups.Matching;
using MentorGroups.Strategies.GroupFormation;
using MentorGroups.Validation;

namespace MentorGroups.Strategies;

/// <summary>
/// Strategies by name: the built-in ones and any an integrator adds. The one place names are resolved: the
/// dependency-injection package builds on it, and without a container <see cref="CreateDefault"/> gives every built-in
/// strategy with default options. To create one built-in strategy with your own options, use its options class
/// (for example <c>new OptimalStrategyOptions().CreateStrategy()</c>) and <see cref="Add(IMatchingStrategy)"/> it.
/// </summary>
/// <remarks>Adding is not thread-safe; build the catalog at start-up, then resolve from any thread.</remarks>
public sealed class MatchingStrategyCatalog
{
    /// <summary>
    /// The strategy to use when none is chosen, "group-formation": it forms groups that meet the size policy, can meet
    /// at one time and share goals, and places everyone who can be placed. The dependency-injection package and the
    /// command-line tool default to it.
    /// </summary>
    public const string RecommendedStrategy = GroupFormationStrategyOptions.DefaultName;

    private readonly SortedDictionary<string, Func<IMatchingStrategy>> _factories = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The registered names, in ordinal order.</summary>
    public IReadOnlyCollection<string> Names => _factories.Keys;

    /// <summary>A catalog with every built-in strategy under its default name.</summary>
    /// <returns>The catalog.</returns>
    public static MatchingStrategyCatalog CreateDefault() => new MatchingStrategyCatalog().AddBuiltIns();

    /// <summary>Adds every built-in strategy with default options; names already present are kept.</summary>
    /// <param name="timeBudget">
    /// The wall-clock cap of the built-in strategies that have one (group-optimising); <see langword="null"/> for their
    /// default. A built-in strategy that starts from another one (group-optimising) resolves it in this catalog when created.
    /// </param>
    /// <returns>This catalog.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="timeBudget"/> is not positive.</exception>
    public MatchingStrategyCatalog AddBuiltIns(TimeSpan? timeBudget = null)
    {
        if (timeBudget is { } budget)
        {
            ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(budget, TimeSpan.Zero, nameof(timeBudget));
        }

        var settings = new BuiltInStrategySettings(this, timeBudget);
        foreach (var builtIn in BuiltInStrategies.All)
        {
            TryAdd(builtIn.Name, () => builtIn.Create(settings));
        }

        return this;
    }

    /// <summary>Adds a strategy under a name, replacing any with that name.</summary>
    /// <param name="name">The name (case-insensitive).</param>
    /// <param name="factory">Creates the strategy; called once per <see cref="Create"/>.</param>
    /// <returns>This catalog.</returns>
    public MatchingStrategyCatalog Add(string name, Func<IMatchingStrategy> factory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(factory);
        _factories[name] = factory;
        return this;
    }

    /// <summary>Adds a strategy instance under its own <see cref="IMatchingStrategy.Name"/>.</summary>
    /// <param name="strategy">The strategy.</param>
    /// <returns>This catalog.</returns>
    public MatchingStrategyCatalog Add(IMatchingStrategy strategy)
    {
        ArgumentNullException.ThrowIfNull(strategy);
        return Add(strategy.Name, () => strategy);
    }

    /// <summary>Adds a strategy unless the name is taken.</summary>
    /// <param name="name">The name.</param>
    /// <param name="factory">Creates the strategy.</param>
    /// <returns><see langword="true"/> when added.</returns>
    public bool TryAdd(string name, Func<IMatchingStrategy> factory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(factory);
        return _factories.TryAdd(name, factory);
    }

    /// <summary>Whether a name is registered.</summary>
    /// <param name="name">The name.</param>
    /// <returns><see langword="true"/> when registered.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is <see langword="null"/>.</exception>
    public bool Contains(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return _factories.ContainsKey(name);
    }

    /// <summary>Creates the strategy registered under a name.</summary>
    /// <param name="name">The name (case-insensitive).</param>
    /// <returns>The strategy.</returns>
    /// <exception cref="MentorGroupsValidationException">No strategy has that name (code <see cref="ErrorCodes.UnknownStrategy"/>); the message lists the known names.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is <see langword="null"/>.</exception>
    public IMatchingStrategy Create(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (_factories.TryGetValue(name, out var factory))
        {
            return factory();
        }

        var known = _factories.Count == 0 ? "none are registered" : "known: " + string.Join(", ", _factories.Keys);
        throw new MentorGroupsValidationException("strategy name",
            [new ValidationError(ErrorCodes.UnknownStrategy, $"No matching strategy is named '{name}'; {known}.", name)]);
    }
}
