using MentorGroups.Matching;
using MentorGroups.Strategies;

namespace MentorGroups.DependencyInjection;

/// <summary>
/// The registered strategies, each created once on first use. Built on the core <see cref="MatchingStrategyCatalog"/>,
/// so an unknown name fails with the same error (and list of known names) with or without a container.
/// </summary>
/// <remarks>Kept apart from <see cref="MatchingStrategyProvider"/> because the options validator needs the names
/// while the provider needs the options: one class doing both would depend on itself.</remarks>
internal sealed class StrategyRegistry
{
    private readonly MatchingStrategyCatalog _catalog = new();

    public StrategyRegistry(IServiceProvider services, IEnumerable<StrategyRegistration> registrations)
    {
        foreach (var registration in registrations)
        {
            var instance = new Lazy<IMatchingStrategy>(
                () => registration.Factory(services)
                      ?? throw new InvalidOperationException($"The factory of matching strategy '{registration.Name}' returned null."),
                LazyThreadSafetyMode.ExecutionAndPublication);
            _catalog.Add(registration.Name, () => instance.Value);
        }
    }

    public IReadOnlyCollection<string> Names => _catalog.Names;

    public bool Contains(string name) => _catalog.Contains(name);

    /// <exception cref="Validation.MentorGroupsValidationException">No strategy has that name; the message lists the known names.</exception>
    public IMatchingStrategy Get(string name) => _catalog.Create(name);
}
