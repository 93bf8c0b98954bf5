using MentorGroups.Matching;
using MentorGroups.Validation;

namespace MentorGroups.Strategies.GroupFormation;

/// <summary>
/// Options of the group-formation strategy, the recommended default: it decides which mentors open groups and who
/// co-leads with whom, places every mentee it can, brings groups to the size policy's minimum or consolidates them,
/// gives groups a common meeting time, and improves the fit and the overlap of learning goals, never breaking a hard rule.
/// </summary>
public sealed class GroupFormationStrategyOptions
{
    /// <summary>The default name, "group-formation".</summary>
    public const string DefaultName = "group-formation";

    /// <summary>The name the strategy is registered and reported under.</summary>
    /// <value>The default value is "group-formation".</value>
    public string Name { get; set; } = DefaultName;

    /// <summary>Passes of moves and swaps over every mentee once the groups are formed; each pass stops early when it changes nothing. 0 keeps the formed groups as they are.</summary>
    /// <value>The default value is 4.</value>
    public int ImprovementPasses { get; set; } = 4;

    /// <summary>
    /// A safety cap on the time spent improving formed groups; the groups are complete (everyone placed, sizes met) before
    /// it starts, so running out only stops the polishing (metric <c>stoppedByTimeBudget</c> = 1), the one thing that can
    /// make two runs on the same request differ.
    /// </summary>
    /// <value>The default value is 60 seconds.</value>
    public TimeSpan TimeBudget { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Receives progress while the strategy runs; <see langword="null"/> for none. Called on the matching thread.</summary>
    /// <value>The default value is <see langword="null"/>.</value>
    public IProgress<GroupFormationProgress>? Progress { get; set; }

    /// <summary>The least time between two progress reports within one stage.</summary>
    /// <value>The default value is 100 milliseconds.</value>
    public TimeSpan ProgressInterval { get; set; } = TimeSpan.FromMilliseconds(100);

    /// <summary>Checks the options.</summary>
    /// <exception cref="MentorGroupsValidationException">Every problem at once (code <see cref="ErrorCodes.InvalidOptions"/>):
    /// an empty name, a negative number of passes, a time budget that is not positive, a negative progress interval.</exception>
    public void Validate()
    {
        var problems = new Problems();
        if (string.IsNullOrWhiteSpace(Name))
        {
            problems.Add(ErrorCodes.InvalidOptions, "Name must not be empty.", nameof(Name));
        }

        if (ImprovementPasses < 0)
        {
            problems.Add(ErrorCodes.InvalidOptions, $"ImprovementPasses must be zero or more; got {ImprovementPasses}.", nameof(ImprovementPasses));
        }

        if (TimeBudget <= TimeSpan.Zero)
        {
            problems.Add(ErrorCodes.InvalidOptions, $"TimeBudget must be positive; got {TimeBudget}.", nameof(TimeBudget));
        }

        if (ProgressInterval < TimeSpan.Zero)
        {
            problems.Add(ErrorCodes.InvalidOptions, $"ProgressInterval must be zero or more; got {ProgressInterval}.", nameof(ProgressInterval));
        }

        problems.ThrowIfAny("group-formation strategy options");
    }

    /// <summary>Creates the strategy from a copy of these options.</summary>
    /// <returns>The strategy.</returns>
    /// <exception cref="MentorGroupsValidationException">The options are invalid.</exception>
    public IMatchingStrategy CreateStrategy()
    {
        Validate();
        return new GroupFormationStrategy(Name, new FormationSettings(ImprovementPasses, TimeBudget, Progress, ProgressInterval));
    }
}
