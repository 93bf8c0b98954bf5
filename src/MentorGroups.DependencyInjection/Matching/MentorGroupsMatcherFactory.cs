using System.Collections.Concurrent;
using MentorGroups.Validation;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace MentorGroups.DependencyInjection;

/// <summary>The container's <see cref="IMentorGroupsMatcherFactory"/>; one matcher per configuration name.</summary>
internal sealed class MentorGroupsMatcherFactory : IMentorGroupsMatcherFactory
{
    private readonly ConcurrentDictionary<string, IMentorGroupsMatcher> _matchers = new(StringComparer.Ordinal);
    private readonly SortedSet<string> _names;
    private readonly IOptionsMonitor<MentorGroupsOptions> _options;
    private readonly StrategyRegistry _strategies;
    private readonly MatchInstrumentation _instrumentation;
    private readonly ILogger _logger;

    public MentorGroupsMatcherFactory(
        IEnumerable<ProgrammeConfiguration> configurations,
        IOptionsMonitor<MentorGroupsOptions> options,
        StrategyRegistry strategies,
        MatchInstrumentation instrumentation,
        ILoggerFactory? loggerFactory = null)
    {
        _names = new SortedSet<string>(configurations.Select(c => c.Name), StringComparer.Ordinal);
        _options = options;
        _strategies = strategies;
        _instrumentation = instrumentation;
        _logger = (loggerFactory ?? NullLoggerFactory.Instance).CreateLogger(MentorGroupsTelemetry.LoggerCategory);
    }

    public IReadOnlyCollection<string> Names => _names;

    public IMentorGroupsMatcher GetMatcher(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (!_names.Contains(name))
        {
            var known = _names.Count == 0 ? "none are registered" : "known: " + string.Join(", ", _names.Select(Display));
            throw new MentorGroupsValidationException("programme configuration name",
            [
                new ValidationError(ErrorCodes.UnknownConfiguration,
                    $"No MentorGroups programme configuration is named {Display(name)}; {known}. Register it with services.AddMentorGroups(name, ...).",
                    string.IsNullOrEmpty(name) ? null : name),
            ]);
        }

        return _matchers.GetOrAdd(name, n => new MentorGroupsMatcher(n, _options, _strategies, _instrumentation, _logger));
    }

    private static string Display(string? name) => string.IsNullOrEmpty(name) ? "(default)" : $"'{name}'";
}
