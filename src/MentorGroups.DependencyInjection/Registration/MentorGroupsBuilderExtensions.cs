using System.Diagnostics.CodeAnalysis;
using MentorGroups.DependencyInjection;
using MentorGroups.Matching;
using Microsoft.Extensions.Configuration;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Further registrations on an <see cref="IMentorGroupsBuilder"/>: custom strategies and more programme configurations.</summary>
public static class MentorGroupsBuilderExtensions
{
    /// <summary>
    /// Registers a strategy type under a name, created once from the container (its constructor may take services).
    /// A strategy already registered under the name, built-in or not, is replaced.
    /// </summary>
    /// <typeparam name="TStrategy">The strategy; must be safe for concurrent use (it is a singleton).</typeparam>
    /// <param name="builder">The builder.</param>
    /// <param name="name">The name it is resolved by (case-insensitive).</param>
    /// <returns>The builder.</returns>
    public static IMentorGroupsBuilder AddStrategy<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicConstructors)] TStrategy>(
        this IMentorGroupsBuilder builder, string name)
        where TStrategy : class, IMatchingStrategy =>
        AddStrategy(builder, name, static services => ActivatorUtilities.CreateInstance<TStrategy>(services));

    /// <summary>Registers a strategy factory under a name, called once; replaces any strategy registered under the name.</summary>
    /// <param name="builder">The builder.</param>
    /// <param name="name">The name it is resolved by (case-insensitive).</param>
    /// <param name="factory">Creates the strategy from the container.</param>
    /// <returns>The builder.</returns>
    public static IMentorGroupsBuilder AddStrategy(this IMentorGroupsBuilder builder, string name, Func<IServiceProvider, IMatchingStrategy> factory)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(factory);
        if (MentorGroupsServiceCollectionExtensions.FindStrategy(builder.Services, name) is { } existing)
        {
            builder.Services.Remove(existing);
        }

        builder.Services.AddSingleton(new StrategyRegistration(name, factory));
        return builder;
    }

    /// <summary>Registers a strategy instance under its own <see cref="IMatchingStrategy.Name"/>; replaces any strategy registered under that name.</summary>
    /// <param name="builder">The builder.</param>
    /// <param name="strategy">The strategy; must be safe for concurrent use.</param>
    /// <returns>The builder.</returns>
    public static IMentorGroupsBuilder AddStrategy(this IMentorGroupsBuilder builder, IMatchingStrategy strategy)
    {
        ArgumentNullException.ThrowIfNull(strategy);
        return AddStrategy(builder, strategy.Name, _ => strategy);
    }

    /// <summary>Adds a named programme configuration, configured in code (same as <c>services.AddMentorGroups(name, configure)</c>).</summary>
    /// <param name="builder">The builder.</param>
    /// <param name="name">The options name (ordinal).</param>
    /// <param name="configure">Sets the options.</param>
    /// <returns>A builder named <paramref name="name"/>.</returns>
    public static IMentorGroupsBuilder AddProgramme(this IMentorGroupsBuilder builder, string name, Action<MentorGroupsOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.Services.AddMentorGroups(name, configure);
    }

    /// <summary>Adds a named programme configuration bound from a configuration section (same as <c>services.AddMentorGroups(name, configuration)</c>).</summary>
    /// <param name="builder">The builder.</param>
    /// <param name="name">The options name (ordinal).</param>
    /// <param name="configuration">The section.</param>
    /// <returns>A builder named <paramref name="name"/>.</returns>
    [RequiresUnreferencedCode(ConfigurationBinding.TrimmingWarning)]
    [RequiresDynamicCode(ConfigurationBinding.AotWarning)]
    public static IMentorGroupsBuilder AddProgramme(this IMentorGroupsBuilder builder, string name, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.Services.AddMentorGroups(name, configuration);
    }
}
