using MentorGroups.Matching;
using MentorGroups.Validation;

namespace MentorGroups.Strategies.GroupOptimising;

/// <summary>
/// Options of the group-optimising strategy: it starts from a pairwise strategy's groups and improves the combined
/// objective (pair scores plus the request's weighted group objectives) by seeded simulated annealing over moves and
/// swaps of mentees between groups, never breaking a hard rule.
/// </summary>
public sealed class GroupOptimisingStrategyOptions
{
    /// <summary>The default name, "group-optimising".</summary>
    public const string DefaultName = "group-optimising";

    /// <summary>The start strategy used when registered in <see cref="StartCatalog"/>: the exact pairwise optimum.</summary>
    public const string PreferredStartStrategy = "optimal";

    /// <summary>The start strategy used when <see cref="PreferredStartStrategy"/> is not registered.</summary>
    public const string FallbackStartStrategy = "greedy";

    /// <summary>The name the strategy is registered and reported under.</summary>
    /// <value>The default value is "group-optimising".</value>
    public string Name { get; set; } = DefaultName;

    /// <summary>The name of the pairwise strategy whose groups the search starts from; resolved in <see cref="StartCatalog"/>
    /// when the strategy is created.</summary>
    /// <value>The default value is <see langword="null"/>: "optimal" when the catalog has it, otherwise "greedy".</value>
    public string? StartStrategy { get; set; }

    /// <summary>Where <see cref="StartStrategy"/> is looked up.</summary>
    /// <value>The default value is <see langword="null"/>: <see cref="MatchingStrategyCatalog.CreateDefault"/>.</value>
    public MatchingStrategyCatalog? StartCatalog { get; set; }

    /// <summary>Moves tried per mentee the search may move; with <see cref="MaxIterations"/>, this fixes the run's length,
    /// so the same request and seed always give the same groups. 0 keeps the start's groups.</summary>
    /// <value>The default value is 2,000.</value>
    public int IterationsPerMentee { get; set; } = 2_000;

    /// <summary>The most moves one run tries, whatever the size of the programme.</summary>
    /// <value>The default value is 5,000,000.</value>
    public long MaxIterations { get; set; } = 5_000_000;

    /// <summary>
    /// A safety cap on the search's wall-clock time. When it runs out first, the run stops early with the best groups
    /// found (and metric <c>stoppedByTimeBudget</c> = 1): the only thing that can make two runs on the same request
    /// differ, so keep it well above what the iteration budget needs.
    /// </summary>
    /// <value>The default value is <see cref="DefaultTimeBudget"/>, 60 seconds.</value>
    public TimeSpan TimeBudget { get; set; } = DefaultTimeBudget;

    /// <summary>The default <see cref="TimeBudget"/>, 60 seconds; the dependency-injection package uses the same default.</summary>
    public static readonly TimeSpan DefaultTimeBudget = TimeSpan.FromSeconds(60);

    /// <summary>Receives progress while the search runs; <see langword="null"/> for none. Called on the matching thread.</summary>
    /// <value>The default value is <see langword="null"/>.</value>
    public IProgress<GroupOptimisationProgress>? Progress { get; set; }

    /// <summary>Moves tried between two progress reports; at least 1.</summary>
    /// <value>The default value is 10,000.</value>
    public int ProgressInterval { get; set; } = 10_000;

    /// <summary>
    /// Whether every hard rule (capacity, constraints between all members, fixed placements, hard size limits, group
    /// requirements) is re-checked from scratch after every move, throwing <see cref="InvalidOperationException"/> at the
    /// first break. For tests: it makes each move cost as much as checking every group.
    /// </summary>
    /// <value>The default value is <see langword="false"/>.</value>
    public bool ValidateEveryMove { get; set; }

    /// <summary>Checks the options.</summary>
    /// <exception cref="MentorGroupsValidationException">Every problem at once (code <see cref="ErrorCodes.InvalidOptions"/>):
    /// an empty name, a negative iteration count or maximum, a time budget that is not positive, a progress interval below 1,
    /// an empty start strategy name or one naming this strategy itself.</exception>
    public void Validate()
    {
        var problems = new Problems();
        if (string.IsNullOrWhiteSpace(Name))
        {
            problems.Add(ErrorCodes.InvalidOptions, "Name must not be empty.", nameof(Name));
        }

        if (IterationsPerMentee < 0)
        {
            problems.Add(ErrorCodes.InvalidOptions, $"IterationsPerMentee must be zero or more; got {IterationsPerMentee}.", nameof(IterationsPerMentee));
        }

        if (MaxIterations < 0)
        {
            problems.Add(ErrorCodes.InvalidOptions, $"MaxIterations must be zero or more; got {MaxIterations}.", nameof(MaxIterations));
        }

        if (TimeBudget <= TimeSpan.Zero)
        {
            problems.Add(ErrorCodes.InvalidOptions, $"TimeBudget must be positive; got {TimeBudget}.", nameof(TimeBudget));
        }

        if (ProgressInterval < 1)
        {
            problems.Add(ErrorCodes.InvalidOptions, $"ProgressInterval must be at least 1; got {ProgressInterval}.", nameof(ProgressInterval));
        }

        if (StartStrategy is not null && string.IsNullOrWhiteSpace(StartStrategy))
        {
            problems.Add(ErrorCodes.InvalidOptions, "StartStrategy must not be empty; leave it unset for the default.", nameof(StartStrategy));
        }
        else if (StartStrategy is not null && string.Equals(StartStrategy, Name, StringComparison.OrdinalIgnoreCase))
        {
            problems.Add(ErrorCodes.InvalidOptions, $"StartStrategy must name a pairwise strategy, not this strategy ('{Name}') itself.", nameof(StartStrategy));
        }

        problems.ThrowIfAny("group-optimising strategy options");
    }

    /// <summary>Creates the strategy from a copy of these options, resolving the start strategy.</summary>
    /// <returns>The strategy.</returns>
    /// <exception cref="MentorGroupsValidationException">The options are invalid, or the start strategy is not in the
    /// catalog (code <see cref="ErrorCodes.UnknownStrategy"/>).</exception>
    public IMatchingStrategy CreateStrategy()
    {
        Validate();
        var catalog = StartCatalog ?? MatchingStrategyCatalog.CreateDefault();
        var startName = StartStrategy ?? (catalog.Contains(PreferredStartStrategy) ? PreferredStartStrategy : FallbackStartStrategy);
        var start = catalog.Create(startName);
        var settings = new GroupSearchSettings(IterationsPerMentee, MaxIterations, TimeBudget, Progress, ProgressInterval, ValidateEveryMove);
        return new GroupOptimisingStrategy(Name, start, settings);
    }
}
