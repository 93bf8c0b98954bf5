using System.ComponentModel.DataAnnotations;
using MentorGroups.Strategies.Greedy;
using Microsoft.Extensions.Options;

namespace MentorGroups.DependencyInjection;

/// <summary>
/// How one programme configuration matches: the default strategy, the size policy, the weights of the scoring criteria
/// and of the group-level objectives, the time budget of optimising strategies and the seed. Bind it from a
/// configuration section (conventionally <see cref="SectionName"/>) or set it in code; it is validated at start-up.
/// </summary>
/// <remarks>
/// Several programmes with different settings live side by side as named options
/// (<c>services.AddMentorGroups("graduates", ...)</c>); every name is validated the same way.
/// </remarks>
public sealed class MentorGroupsOptions
{
    /// <summary>The conventional configuration section, "MentorGroups".</summary>
    public const string SectionName = "MentorGroups";

    /// <summary>
    /// The name of the strategy <see cref="IMentorGroupsMatcher.Match(Matching.MatchingRequest, CancellationToken)"/> uses
    /// (case-insensitive); must be registered (every built-in strategy is, and <c>AddStrategy</c> adds more).
    /// </summary>
    /// <value>
    /// The default value is "greedy": fast and deterministic at any scale, and it never leaves out a mentee who could
    /// be placed. Choose an optimising strategy when it is registered and the programme is small enough for its time budget.
    /// </value>
    [Required]
    public string DefaultStrategy { get; set; } = GreedyStrategyOptions.DefaultName;

    /// <summary>How big groups may be: a preset, explicit limits, or both (limits override the preset's).</summary>
    /// <value>The default value is an empty <see cref="SizePolicyOptions"/>: every programme keeps its own size policy.</value>
    [Required]
    [ValidateObjectMembers]
    public SizePolicyOptions SizePolicy { get; set; } = new();

    /// <summary>The weights of the built-in scoring criteria (what makes a mentor–mentee pair fit).</summary>
    /// <value>The default value has the library's default weights (see <see cref="CriterionWeightOptions"/>).</value>
    [Required]
    public CriterionWeightOptions CriterionWeights { get; set; } = new();

    /// <summary>The weights of the group-level objectives (common meeting slot, cohesion, diversity, balance).</summary>
    /// <value>The default value has the defaults of <see cref="GroupObjectiveWeightOptions"/>.</value>
    [Required]
    public GroupObjectiveWeightOptions GroupObjectiveWeights { get; set; } = new();

    /// <summary>
    /// How long an optimising strategy of this programme configuration may search before it returns its best result so
    /// far (the built-in "group-optimising"). Fast strategies such as "greedy" ignore it.
    /// </summary>
    /// <value>The default value is 60 seconds, the core library's
    /// <see cref="Strategies.GroupOptimising.GroupOptimisingStrategyOptions.DefaultTimeBudget"/>. It must be between 1 millisecond and 1 hour.</value>
    public TimeSpan TimeBudget { get; set; } = Strategies.GroupOptimising.GroupOptimisingStrategyOptions.DefaultTimeBudget;

    /// <summary>The smallest allowed <see cref="TimeBudget"/>: 1 millisecond.</summary>
    public static readonly TimeSpan MinTimeBudget = TimeSpan.FromMilliseconds(1);

    /// <summary>The largest allowed <see cref="TimeBudget"/>: 1 hour.</summary>
    public static readonly TimeSpan MaxTimeBudget = TimeSpan.FromHours(1);

    /// <summary>The seed for any randomness a strategy uses: the same programme, enrolments and seed give the same groups.</summary>
    /// <value>The default value is 0. Any integer is allowed.</value>
    public int Seed { get; set; }
}
