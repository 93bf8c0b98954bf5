using System.Diagnostics.CodeAnalysis;
using MentorGroups.DependencyInjection;
using MentorGroups.Strategies;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>
/// Registers MentorGroups in a service collection: the matcher (<see cref="IMentorGroupsMatcher"/>,
/// <see cref="IMentorGroupsMatcherFactory"/>), every built-in strategy by name (<see cref="IMatchingStrategyProvider"/>),
/// and <see cref="MentorGroupsOptions"/> validated at start-up. Every overload is safe to call more than once.
/// </summary>
public static class MentorGroupsServiceCollectionExtensions
{
    /// <summary>Adds MentorGroups with the default programme configuration and default options.</summary>
    /// <param name="services">The services.</param>
    /// <returns>A builder for further registrations.</returns>
    public static IMentorGroupsBuilder AddMentorGroups(this IServiceCollection services) =>
        AddMentorGroupsCore(services, DefaultName, configure: null);

    /// <summary>Adds MentorGroups with the default programme configuration, configured in code.</summary>
    /// <param name="services">The services.</param>
    /// <param name="configure">Sets the options.</param>
    /// <returns>A builder for further registrations.</returns>
    public static IMentorGroupsBuilder AddMentorGroups(this IServiceCollection services, Action<MentorGroupsOptions> configure) =>
        AddMentorGroups(services, DefaultName, configure);

    /// <summary>Adds MentorGroups with the default programme configuration bound from a configuration section.</summary>
    /// <param name="services">The services.</param>
    /// <param name="configuration">The section, conventionally <c>configuration.GetSection(MentorGroupsOptions.SectionName)</c>.</param>
    /// <returns>A builder for further registrations.</returns>
    [RequiresUnreferencedCode(ConfigurationBinding.TrimmingWarning)]
    [RequiresDynamicCode(ConfigurationBinding.AotWarning)]
    public static IMentorGroupsBuilder AddMentorGroups(this IServiceCollection services, IConfiguration configuration) =>
        AddMentorGroups(services, DefaultName, configuration);

    /// <summary>Adds MentorGroups with a named programme configuration, configured in code.</summary>
    /// <param name="services">The services.</param>
    /// <param name="name">The options name (ordinal); resolve its matcher with <see cref="IMentorGroupsMatcherFactory.GetMatcher"/>.</param>
    /// <param name="configure">Sets the options.</param>
    /// <returns>A builder for further registrations, named <paramref name="name"/>.</returns>
    public static IMentorGroupsBuilder AddMentorGroups(this IServiceCollection services, string name, Action<MentorGroupsOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        return AddMentorGroupsCore(services, name, options => options.Configure(configure));
    }

    /// <summary>Adds MentorGroups with a named programme configuration bound from a configuration section.</summary>
    /// <param name="services">The services.</param>
    /// <param name="name">The options name (ordinal).</param>
    /// <param name="configuration">The section.</param>
    /// <returns>A builder for further registrations, named <paramref name="name"/>.</returns>
    [RequiresUnreferencedCode(ConfigurationBinding.TrimmingWarning)]
    [RequiresDynamicCode(ConfigurationBinding.AotWarning)]
    public static IMentorGroupsBuilder AddMentorGroups(this IServiceCollection services, string name, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var builder = AddMentorGroupsCore(services, name, options => options.Bind(configuration));

        // A misspelt key fails start-up with its path instead of being ignored.
        services.AddSingleton<IValidateOptions<MentorGroupsOptions>>(new UnknownConfigurationKeysValidator(name, configuration));
        return builder;
    }

    // Microsoft.Extensions.Options.Options.DefaultName; spelt out because "Options" here means the namespace.
    private static string DefaultName => Microsoft.Extensions.Options.Options.DefaultName;

    /// <summary>Where every overload ends: shared services once, the named options once, then the caller's configuration.</summary>
    private static MentorGroupsBuilder AddMentorGroupsCore(IServiceCollection services, string name, Action<OptionsBuilder<MentorGroupsOptions>>? configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(name);
        AddSharedServices(services);

        var options = services.AddOptions<MentorGroupsOptions>(name);
        if (!services.Any(d => Instance(d) is ProgrammeConfiguration c && string.Equals(c.Name, name, StringComparison.Ordinal)))
        {
            // ValidateOnStart adds a registration per call, so it runs only the first time a name is added.
            services.AddSingleton(new ProgrammeConfiguration(name));
            options.ValidateOnStart();
        }

        configure?.Invoke(options);
        return new MentorGroupsBuilder(name, services);
    }

    private static void AddSharedServices(IServiceCollection services)
    {
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<MentorGroupsOptions>, MentorGroupsOptionsBoundsValidator>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<MentorGroupsOptions>, MentorGroupsOptionsValidator>());
        services.TryAddSingleton<StrategyRegistry>();
        services.TryAddSingleton<IMatchingStrategyProvider, MatchingStrategyProvider>();
        services.TryAddSingleton<MatchInstrumentation>();
        services.TryAddSingleton<IMentorGroupsMatcherFactory, MentorGroupsMatcherFactory>();
        services.TryAddSingleton<IMentorGroupsMatcher>(sp => sp.GetRequiredService<IMentorGroupsMatcherFactory>().GetMatcher(DefaultName));
        foreach (var strategyName in MatchingStrategyCatalog.CreateDefault().Names)
        {
            if (FindStrategy(services, strategyName) is null)
            {
                services.AddSingleton(new StrategyRegistration(strategyName, Factory: null));
            }
        }
    }

    internal static ServiceDescriptor? FindStrategy(IServiceCollection services, string name) =>
        services.FirstOrDefault(d => Instance(d) is StrategyRegistration r && string.Equals(r.Name, name, StringComparison.OrdinalIgnoreCase));

    // Keyed descriptors throw on ImplementationInstance, so they are skipped first.
    private static object? Instance(ServiceDescriptor descriptor) => descriptor.IsKeyedService ? null : descriptor.ImplementationInstance;
}
