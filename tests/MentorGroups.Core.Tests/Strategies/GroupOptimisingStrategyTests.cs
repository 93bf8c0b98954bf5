using FsCheck;
using FsCheck.Fluent;
using MentorGroups.Enrolments;
using MentorGroups.Matching;
using MentorGroups.Rules.Constraints;
using MentorGroups.Engine;
using MentorGroups.Participants;
using MentorGroups.Policies;
using MentorGroups.Programmes;
using MentorGroups.Scheduling;
using MentorGroups.Strategies;
using MentorGroups.Strategies.GroupOptimising;
using MentorGroups.Testing.Conformance;
using MentorGroups.Tests.Conformance;
using MentorGroups.Tests.Support;
using MentorGroups.Validation;
using MentorGroups.Strategies.Greedy;

namespace MentorGroups.Tests.Strategies;

public sealed class GroupOptimisingStrategyTests
{
    private static readonly DateOnly WinterWeek = new(2026, 1, 12);

    private static Participant Person(string id, string availability = "", string? unit = null) =>
        Participant.Builder(id).InTimeZone("UTC").AvailableAt(availability).InOrganisationalUnit(unit).Build();

    [Theory]
    [MemberData(nameof(BuiltInStrategiesConformanceTests.Cases), MemberType = typeof(BuiltInStrategiesConformanceTests))]
    public void BuiltInStrategy_RequestsWithPeerGroups_HoldsInvariant(string strategy, string invariant)
    {
        Assert.SkipWhen(MutationRun.IsActive && !MutationRun.MutatedStrategies.Contains(strategy), "Mutation testing runs the conformance of the mutated strategies only.");
        new StrategyConformance(MatchingStrategyCatalog.CreateDefault().Create(strategy), new ConformanceOptions { Shape = MutationRun.Shape with { WithPeerGroups = true } })
            .Verify(invariant);
    }

    [Fact]
    public void Match_RandomRequests_NeverEndsBelowItsStart()
    {
        var strategy = new GroupOptimisingStrategyOptions().CreateStrategy();
        var catalog = MatchingStrategyCatalog.CreateDefault();
        var startStrategy = catalog.Create(catalog.Contains(GroupOptimisingStrategyOptions.PreferredStartStrategy)
            ? GroupOptimisingStrategyOptions.PreferredStartStrategy
            : GroupOptimisingStrategyOptions.FallbackStartStrategy);
        Prop.ForAll(MatchingGenerators.RequestArbitrary(MutationRun.Shape with { WithPeerGroups = true }), request =>
        {
            var result = strategy.Match(request, CancellationToken.None);
            var start = startStrategy.Match(request, CancellationToken.None);
            var m = result.Metrics;
            var notWorse = m["placed.after"] > m["placed.before"]
                || (m["placed.after"] == m["placed.before"] && m["objective.after"] >= m["objective.before"]);
            var components = m["pairwise.after"] + request.GroupObjectives.Sum(o => m[$"group.{o.Objective.Name}.after"]);
            return (notWorse && result.Placements.Count >= start.Placements.Count && m["placed.after"] == result.Placements.Count
                    && m["placed.before"] == start.Placements.Count && Math.Abs(components - m["objective.after"]) < 1e-6)
                .Label($"placed {m["placed.before"]} -> {m["placed.after"]} (start {start.Placements.Count}, result {result.Placements.Count}); objective {m["objective.before"]} -> {m["objective.after"]}; components {components}");
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Match_ValidatingEveryMove_NeverBreaksAHardRule()
    {
        // ValidateEveryMove re-checks capacity, constraints between all members, fixed placements, hard limits and group
        // requirements after every move and throws at the first break; with and without a common-slot requirement.
        var reports = new List<GroupOptimisationProgress>();
        var strategy = new GroupOptimisingStrategyOptions
        {
            ValidateEveryMove = true,
            IterationsPerMentee = 300,
            Progress = new Collect(reports),
            ProgressInterval = 50,
        }.CreateStrategy();
        Prop.ForAll(MatchingGenerators.RequestArbitrary(MutationRun.Shape with { WithPeerGroups = true }), Arb.From(Gen.Elements(false, true)), (generated, required) =>
        {
            var request = required ? WithRequirement(generated) : generated;
            reports.Clear();
            var result = strategy.Match(request, CancellationToken.None);
            var iterations = reports.Select(r => r.Iteration).ToArray();
            var best = reports.Select(r => r.BestObjective).ToArray();
            return (iterations.SequenceEqual(iterations.Order()) && best.Zip(best.Skip(1)).All(p => p.Second >= p.First - 1e-9)
                    && reports[^1].Iteration == (long)result.Metrics["iterations"])
                .Label($"progress out of order: {string.Join(", ", reports)}");
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Match_CommonSlotRequired_FormsNoGroupWithoutOneAndSaysWhoWasLeftOut()
    {
        var strategy = new GroupOptimisingStrategyOptions().CreateStrategy();
        Prop.ForAll(MatchingGenerators.RequestArbitrary(MutationRun.Shape with { WithPeerGroups = true }), generated =>
        {
            var request = WithRequirement(generated);
            var result = strategy.Match(request, CancellationToken.None);
            var problem = MatchingProblem.Compile(request);
            // A group may break the requirement only when every mentee in it was placed there before matching (pins).
            var broken = result.GroupInsights.Where(i => i.BrokenRequirements.Count > 0)
                .Where(i => result.Groups.Single(g => g.Id == i.Group).Mentees.Any(id => !problem.IsFixed(problem.IndexOfMentee(id))))
                .Select(i => i.Group.Value).ToArray();
            var unexplained = result.Unmatched.Where(u => u.Reason == UnmatchedReason.GroupRequirementNotMet && !u.Explanation.Contains("common-meeting-slot", StringComparison.Ordinal));
            return (broken.Length == 0 && !unexplained.Any()).Label($"groups breaking the requirement: {string.Join(", ", broken)}");
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Match_CommonSlotRequired_LeavesOutWhoFitsNoGroupWithReason()
    {
        var request = MatchingRequest.For(Programme.Builder("p", "Graduates").Build())
            .WithMeetingSlots(new MeetingSlotOptions { ReferenceWeek = WinterWeek })
            .RequireCommonMeetingSlot()
            .AddMentor(Person("m", "Mon 09:00-10:00"), 3)
            .AddMentee(Person("a", "Mon 09:00-10:00"))
            .AddMentee(Person("b", "Tue 09:00-10:00"))
            .Build();

        var result = new GroupOptimisingStrategyOptions().CreateStrategy().Match(request, TestContext.Current.CancellationToken);

        Assert.Equal(["a"], Assert.Single(result.Groups).Mentees.Select(id => id.Value));
        var left = Assert.Single(result.Unmatched);
        Assert.Equal(UnmatchedReason.GroupRequirementNotMet, left.Reason);
        Assert.Equal(
            "Each of the 1 compatible group(s) with room would break a group requirement with b in it; in the group of m, common-meeting-slot: no time suits all 3 members who gave availability; one meeting gathers at most 2.",
            left.Explanation);
        Assert.Equal(1, result.Metrics["removedForRequirements"]);
    }

    [Fact]
    public void Match_TwoGroupsWithCrossedMeetingTimes_SwapsMenteesSoBothCanMeet()
    {
        // Each mentee shares a time with one mentor and differs in unit from the other, so both placements score the
        // same pairwise; greedy (the start here, so the start is known) takes the one where neither group can meet, and
        // the group objective must make the search swap them.
        var request = MatchingRequest.For(Programme.Builder("p", "Graduates").Build())
            .WithMeetingSlots(new MeetingSlotOptions { ReferenceWeek = WinterWeek })
            .AddMentor(Person("m1", "Mon 09:00-10:00", unit: "Sales"), 1)
            .AddMentor(Person("m2", "Tue 09:00-10:00", unit: "Legal"), 1)
            .AddMentee(Person("a", "Tue 09:00-10:00", unit: "Legal"))
            .AddMentee(Person("b", "Mon 09:00-10:00", unit: "Sales"))
            .Build();

        var greedy = new GreedyStrategyOptions().CreateStrategy().Match(request, TestContext.Current.CancellationToken);
        var result = new GroupOptimisingStrategyOptions { StartStrategy = "greedy" }.CreateStrategy().Match(request, TestContext.Current.CancellationToken);

        Assert.Equal(0.0, greedy.CommonSlotShare);
        Assert.Equal(1.0, result.CommonSlotShare);
        Assert.Equal("m2", result.GroupOf("a")!.LeadMentor!.Value.Value);
        Assert.Equal((0.0, 1.0), (result.Metrics["commonSlotShare.before"], result.Metrics["commonSlotShare.after"]));
    }

    [Fact]
    public void Match_PeerProgramme_FormsBalancedGroupsAndKeepsExcludedMenteesApart()
    {
        var builder = MatchingRequest.For(Programme.Builder("p", "Peers").WithFormat(ProgrammeFormat.PeerGroup).Build());
        for (var i = 1; i <= 9; i++)
        {
            builder.AddMentee(Person($"e{i}"));
        }

        var request = builder.Exclude("e1", "e2", "known conflict").Build();

        var result = new GroupOptimisingStrategyOptions().CreateStrategy().Match(request, TestContext.Current.CancellationToken);

        Assert.Empty(result.Unmatched);
        Assert.Equal([4, 5], result.Groups.Select(g => g.Mentees.Count).Order());
        Assert.All(result.Groups, g => Assert.Empty(g.Mentors));
        Assert.NotEqual(result.GroupOf("e1")!.Id, result.GroupOf("e2")!.Id);
        Assert.All(result.Placements, p => Assert.Equal(0.5, p.Score));
    }

    [Fact]
    public void Greedy_PeerProgramme_FillsTheFewestGroupsInIdOrder()
    {
        var builder = MatchingRequest.For(Programme.Builder("p", "Peers").WithFormat(ProgrammeFormat.PeerGroup).Build());
        for (var i = 1; i <= 9; i++)
        {
            builder.AddMentee(Person($"e{i}"));
        }

        var result = new GreedyStrategyOptions().CreateStrategy().Match(builder.Build(), TestContext.Current.CancellationToken);

        Assert.Empty(result.Unmatched);
        Assert.Equal([8, 1], result.Groups.Select(g => g.Mentees.Count));
        Assert.Contains(result.Findings, f => f.Code == FindingCodes.TooFewMentees);
    }

    [Fact]
    public void Match_PinsExistingAndLockedGroups_StayWhereTheyAre()
    {
        var programme = Programme.Builder("p", "Graduates").Build();
        var running = MentoringGroup("G001", "m1", "a", "b");
        var request = MatchingRequest.For(programme)
            .WithMeetingSlots(new MeetingSlotOptions { ReferenceWeek = WinterWeek })
            .AddMentor(Person("m1", "Mon 09:00-10:00"), 3)
            .AddMentor(Person("m2", "Tue 09:00-10:00"), 3)
            .AddMentee(Person("a", "Tue 09:00-10:00"))
            .AddMentee(Person("b", "Tue 09:00-10:00"))
            .AddMentee(Person("c", "Mon 09:00-10:00"))
            .AddMentee(Person("d", "Mon 09:00-10:00"))
            .Pin("d", "m2")
            .WithExistingGroups([running], locked: true)
            .Build();

        var result = new GroupOptimisingStrategyOptions().CreateStrategy().Match(request, TestContext.Current.CancellationToken);

        Assert.Equal(running, result.Groups.Single(g => g.Id == "G001"));
        Assert.Equal("m2", result.PlacementOf("d")!.Mentors.Single().Value);
        Assert.True(result.PlacementOf("d")!.Pinned);
    }

    [Fact]
    public void Match_StartStrategyOptimalRegistered_StartsFromIt()
    {
        var calls = new List<string>();
        var catalog = new MatchingStrategyCatalog().Add(new GreedyStrategyOptions().CreateStrategy()).Add("optimal", () => new Recording(calls));
        var request = MatchingRequest.For(Programme.Builder("p", "Graduates").Build()).AddMentor(Person("m"), 2).AddMentee(Person("a")).Build();

        var result = new GroupOptimisingStrategyOptions { StartCatalog = catalog }.CreateStrategy().Match(request, TestContext.Current.CancellationToken);

        Assert.Equal(["optimal"], calls);
        Assert.Equal("group-optimising", result.StrategyName);
        Assert.Single(result.Placements);
    }

    [Fact]
    public void CreateStrategy_UnknownStartStrategy_ListsTheKnownNames()
    {
        var options = new GroupOptimisingStrategyOptions { StartStrategy = "nonexistent", StartCatalog = new MatchingStrategyCatalog().Add(new GreedyStrategyOptions().CreateStrategy()) };

        var error = Assert.Throws<MentorGroupsValidationException>(options.CreateStrategy);

        Assert.Equal("Invalid strategy name: 1 problem.\n- [strategy.unknown] nonexistent: No matching strategy is named 'nonexistent'; known: greedy.", error.Message);
    }

    [Fact]
    public void Validate_EveryBadOption_IsReportedAtOnce()
    {
        var options = new GroupOptimisingStrategyOptions
        {
            Name = " ",
            IterationsPerMentee = -1,
            MaxIterations = -2,
            TimeBudget = TimeSpan.Zero,
            ProgressInterval = 0,
            StartStrategy = "",
        };

        var error = Assert.Throws<MentorGroupsValidationException>(options.Validate);

        Assert.Equal(
            "Invalid group-optimising strategy options: 6 problems.\n"
            + "- [strategy.options-invalid] Name: Name must not be empty.\n"
            + "- [strategy.options-invalid] IterationsPerMentee: IterationsPerMentee must be zero or more; got -1.\n"
            + "- [strategy.options-invalid] MaxIterations: MaxIterations must be zero or more; got -2.\n"
            + "- [strategy.options-invalid] TimeBudget: TimeBudget must be positive; got 00:00:00.\n"
            + "- [strategy.options-invalid] ProgressInterval: ProgressInterval must be at least 1; got 0.\n"
            + "- [strategy.options-invalid] StartStrategy: StartStrategy must not be empty; leave it unset for the default.",
            error.Message);
    }

    [Fact]
    public void Validate_StartStrategyIsItself_IsRejected()
    {
        var options = new GroupOptimisingStrategyOptions { StartStrategy = "Group-Optimising" };

        var error = Assert.Throws<MentorGroupsValidationException>(options.Validate);

        Assert.Contains("StartStrategy must name a pairwise strategy, not this strategy ('group-optimising') itself.", error.Message, StringComparison.Ordinal);
    }

    private static MentorGroups.Groups.MentoringGroup MentoringGroup(string id, string mentor, params string[] mentees) =>
        MentorGroups.Groups.MentoringGroup.Create(id, [mentor], mentees.Select(m => new ParticipantId(m)), GroupSizePolicy.Recommended);

    private static MatchingRequest WithRequirement(MatchingRequest request)
    {
        var builder = MatchingRequest.For(request.Programme).Add(request.Mentors).Add(request.Mentees)
            .WithCriteria(request.Criteria).WithSeed(request.Seed)
            .WithConstraints(request.Constraints.Where(c => c is not LineManagerConstraint and not ExclusionConstraint))
            .WithMeetingSlots(request.MeetingSlots)
            .RequireCommonMeetingSlot();
        foreach (var pin in request.Pins)
        {
            builder.Pin(pin.Mentee, pin.Mentor);
        }

        foreach (var exclusion in request.Exclusions)
        {
            builder.Exclude(exclusion.First, exclusion.Second, exclusion.Reason);
        }

        return builder.Build();
    }

    private sealed class Collect(List<GroupOptimisationProgress> into) : IProgress<GroupOptimisationProgress>
    {
        public void Report(GroupOptimisationProgress value) => into.Add(value);
    }

    private sealed class Recording(List<string> calls) : IMatchingStrategy
    {
        public string Name => "optimal";

        public MatchingResult Match(MatchingRequest request, CancellationToken cancellationToken = default)
        {
            calls.Add(Name);
            return new GreedyStrategyOptions().CreateStrategy().Match(request, cancellationToken);
        }
    }
}
