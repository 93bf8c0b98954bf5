using System.Globalization;
using MentorGroups.Strategies;
using MentorGroups.Strategies.GroupOptimising;
using MentorGroups.Tests.Support;

namespace MentorGroups.Tests.Strategies;

/// <summary>
/// The acceptance measurement of docs/group-quality.md: on a 1,000-mentee programme with random availability where a
/// common slot for every group is achievable (<see cref="PlantedSlotProgramme"/>), the share of groups with a common
/// meeting slot from each pairwise strategy alone and from the group-optimising strategy. Prints the figures.
/// </summary>
public sealed class GroupQualityMeasurement
{
    public const int Mentees = 1000;

    public const int InstanceSeed = 2026;

    [Fact]
    public void GroupOptimising_ThousandMentees_GivesCommonSlotToAtLeast95PercentOfGroups()
    {
        Assert.SkipWhen(MutationRun.IsActive, "A 1,000-mentee measurement; the group-optimising properties cover the same code under mutation testing.");
        var request = PlantedSlotProgramme.Create(Mentees, InstanceSeed);
        var output = TestContext.Current.TestOutputHelper!;
        output.WriteLine(Invariant($"Planted-slot programme: {request.Mentees.Count} mentees, {request.Mentors.Count} mentors, instance seed {InstanceSeed}."));

        var catalog = MatchingStrategyCatalog.CreateDefault();
        foreach (var name in catalog.Names.Where(n => n != GroupOptimisingStrategyOptions.DefaultName))
        {
            var pairwise = catalog.Create(name).Match(request, TestContext.Current.CancellationToken);
            output.WriteLine(Invariant($"{name}: {pairwise.CommonSlotShare:P1} of {pairwise.Groups.Count} groups have a common slot; {pairwise.Placements.Count} placed; objective {pairwise.Objective}."));
        }

        // The iteration budget, not the clock, must end the search: the figure is then the same on a loaded machine as on
        // an idle one, so the wall-clock safety cap is lifted far out of reach here.
        var options = new GroupOptimisingStrategyOptions { TimeBudget = TimeSpan.FromHours(1) };
        var result = options.CreateStrategy().Match(request, TestContext.Current.CancellationToken);
        var m = result.Metrics;
        output.WriteLine(Invariant($"{result.StrategyName}: {result.CommonSlotShare:P1} of {result.Groups.Count} groups have a common slot; {result.Placements.Count} placed; objective {result.Objective}."));
        output.WriteLine(Invariant($"  start {m["commonSlotShare.before"]:P1} -> {m["commonSlotShare.after"]:P1}; combined objective {m["objective.before"]:0.###} -> {m["objective.after"]:0.###}; pairwise {m["pairwise.before"]:0.###} -> {m["pairwise.after"]:0.###}; {m["iterations"]} iterations, {m["elapsedMilliseconds"]:0} ms."));

        Assert.Equal(0, m["stoppedByTimeBudget"]);
        Assert.Equal(request.Mentees.Count, result.Placements.Count);
        Assert.True(result.CommonSlotShare >= 0.95, Invariant($"only {result.CommonSlotShare:P1} of groups have a common slot"));
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
