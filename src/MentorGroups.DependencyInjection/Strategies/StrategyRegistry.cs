using System.Collections.Concurrent;
using MentorGroups.Matching;
using MentorGroups.Strategies;
using Microsoft.Extensions.Options;

namespace MentorGroups.DependencyInjection;

/// <summary>
/// The registered strategies. A strategy added to the container is created once and shared; the built-in ones are
/// created once per programme configuration, with its settings (<see cref="MentorGroupsOptions.TimeBudget"/>), and a
/// built-in that starts from another strategy resolves it among that configuration's strategies, so a start strategy
/// registered in the container is honoured. Built on the core <see cref="MatchingStrategyCatalog"/>: an unknown name
/// fails with the same error (and list of known names) with or without a container.
/// </summary>
/// <remarks>Kept apart from <see cref="MatchingStrategyProvider"/> because the options validator needs the names
/// while the provider needs the options: one class doing both would depend on itself.</remarks>
internal sealed class StrategyRegistry
{
    private readonly List<(string Name, Lazy<IMatchingStrategy> Instance)> _shared = [];
    private readonly IServiceProvider _services;
    private readonly ConcurrentDictionary<string, Lazy<ProgrammeStrategies>> _programmes = new(StringComparer.Ordinal);
    private readonly MatchingStrategyCatalog _names = new();

    public StrategyRegistry(IServiceProvider services, IEnumerable<StrategyRegistration> registrations)
    {
        _services = services;
        foreach (var registration in registrations.Where(r => r.Factory is not null))
        {
            var factory = registration.Factory!;
            var instance = new Lazy<IMatchingStrategy>(
                () => factory(services)
                      ?? throw new InvalidOperationException($"The factory of matching strategy '{registration.Name}' returned null."),
                LazyThreadSafetyMode.ExecutionAndPublication);
            _shared.Add((registration.Name, instance));
            _names.Add(registration.Name, () => instance.Value);
        }

        _names.AddBuiltIns();
    }

    public IReadOnlyCollection<string> Names => _names.Names;

    public bool Contains(string name) => _names.Contains(name);

    /// <summary>The strategy of the default programme configuration.</summary>
    /// <exception cref="Validation.MentorGroupsValidationException">No strategy has that name; the message lists the known names.</exception>
    public IMatchingStrategy Get(string name) => Get(Microsoft.Extensions.Options.Options.DefaultName, name);

    /// <summary>The strategy as the named programme configuration has it.</summary>
    /// <exception cref="Validation.MentorGroupsValidationException">No strategy has that name; the message lists the known names.</exception>
    public IMatchingStrategy Get(string programme, string name) =>
        !_names.Contains(name)
            ? _names.Create(name) // throws the catalog's error, with the known names
            : _programmes.GetOrAdd(programme, p => new Lazy<ProgrammeStrategies>(() => CreateProgramme(p))).Value.Get(name);

    private ProgrammeStrategies CreateProgramme(string programme)
    {
        var options = _services.GetService(typeof(IOptionsMonitor<MentorGroupsOptions>)) is IOptionsMonitor<MentorGroupsOptions> monitor
            ? monitor.Get(programme)
            : new MentorGroupsOptions();
        var catalog = new MatchingStrategyCatalog();
        foreach (var (name, instance) in _shared)
        {
            catalog.Add(name, () => instance.Value);
        }

        return new ProgrammeStrategies(catalog.AddBuiltIns(options.TimeBudget));
    }

    /// <summary>One programme configuration's strategies, each created once.</summary>
    private sealed class ProgrammeStrategies(MatchingStrategyCatalog catalog)
    {
        private readonly ConcurrentDictionary<string, Lazy<IMatchingStrategy>> _instances = new(StringComparer.OrdinalIgnoreCase);

        public IMatchingStrategy Get(string name) =>
            _instances.GetOrAdd(name, n => new Lazy<IMatchingStrategy>(() => catalog.Create(n), LazyThreadSafetyMode.ExecutionAndPublication)).Value;
    }
}
