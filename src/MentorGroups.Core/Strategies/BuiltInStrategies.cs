using System.Reflection;
using MentorGroups.Matching;

namespace MentorGroups.Strategies;

/// <summary>
/// The built-in strategies, found from the <see cref="BuiltInStrategyAttribute"/>s each strategy folder declares, so that
/// adding a built-in strategy touches its own folder only. Ordered by name.
/// </summary>
internal static class BuiltInStrategies
{
    private static readonly Lazy<IReadOnlyList<IBuiltInStrategy>> Found = new(Discover);

    /// <summary>Every built-in strategy, by name (ordinal, case-insensitive).</summary>
    public static IReadOnlyList<IBuiltInStrategy> All => Found.Value;

    private static IReadOnlyList<IBuiltInStrategy> Discover() =>
    [
        .. typeof(BuiltInStrategies).Assembly.GetCustomAttributes<BuiltInStrategyAttribute>()
            .Select(a => a.Create())
            .OrderBy(s => s.Name, StringComparer.OrdinalIgnoreCase),
    ];
}

/// <summary>A built-in strategy under its default name: what the catalog and the container register.</summary>
internal interface IBuiltInStrategy
{
    /// <summary>The default name.</summary>
    string Name { get; }

    /// <summary>Creates the strategy with default options, except for what <paramref name="settings"/> sets.</summary>
    /// <param name="settings">Settings shared by every built-in strategy of one catalog.</param>
    /// <returns>The strategy.</returns>
    IMatchingStrategy Create(BuiltInStrategySettings settings);
}

/// <summary>Settings the built-in strategies of one catalog share.</summary>
/// <param name="Catalog">The catalog being filled; strategies that build on another strategy (a start strategy) resolve it here.</param>
/// <param name="TimeBudget">A wall-clock cap for the strategies that have one; <see langword="null"/> for their default.</param>
internal sealed record BuiltInStrategySettings(MatchingStrategyCatalog Catalog, TimeSpan? TimeBudget = null);

/// <summary>Declares a built-in strategy; one per default name, next to the strategy.</summary>
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = true)]
internal abstract class BuiltInStrategyAttribute : Attribute
{
    public abstract IBuiltInStrategy Create();
}

/// <summary>Declares <typeparamref name="T"/> as a built-in strategy.</summary>
/// <typeparam name="T">The strategy's registration.</typeparam>
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = true)]
internal sealed class BuiltInStrategyAttribute<T> : BuiltInStrategyAttribute
    where T : IBuiltInStrategy, new()
{
    public override IBuiltInStrategy Create() => new T();
}
