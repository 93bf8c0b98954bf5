using MentorGroups.DependencyInjection.Tests.Support;
using MentorGroups.Policies;
using MentorGroups.Programmes;
using MentorGroups.Strategies;
using MentorGroups.Validation;
using Microsoft.Extensions.DependencyInjection;

namespace MentorGroups.DependencyInjection.Tests.Matching;

public sealed class MentorGroupsMatcherTests
{
    [Fact]
    public void CreateRequest_NoSizePolicyConfigured_KeepsTheProgrammesOwn()
    {
        using var provider = new ServiceCollection().AddMentorGroups().Services.BuildServiceProvider();
        var programme = Programme.Builder("p1", "Graduates").WithSizePolicy(GroupSizePolicy.CommonForm).Build();

        var request = provider.GetRequiredService<IMentorGroupsMatcher>().CreateRequest(programme).Build();

        Assert.Same(GroupSizePolicy.CommonForm, request.Policy);
    }

    [Fact]
    public void CreateRequest_GroupObjectiveWeightsConfigured_GoIntoTheRequest()
    {
        using var provider = new ServiceCollection()
            .AddMentorGroups(o => { o.GroupObjectiveWeights.CommonSlot = 5; o.GroupObjectiveWeights.Diversity = 1.5; })
            .Services.BuildServiceProvider();

        var request = provider.GetRequiredService<IMentorGroupsMatcher>().CreateRequest(People.Programme("p1")).Build();

        Assert.Equal(
            ["common-meeting-slot=5", "goal-cohesion=0.5", "unit-diversity=1.5", "balanced-size=0.25", "mentor-load=0.25"],
            request.GroupObjectives.Select(o => FormattableString.Invariant($"{o.Objective.Name}={o.Weight}")));
    }

    [Fact]
    public void CreateRequest_PresetConfigured_ReplacesTheProgrammesPolicy()
    {
        using var provider = new ServiceCollection().AddMentorGroups(o => o.SizePolicy.Preset = "common-form").Services.BuildServiceProvider();

        var request = provider.GetRequiredService<IMentorGroupsMatcher>().CreateRequest(People.Programme("p1")).Build();

        Assert.Equal(GroupSizePolicy.CommonForm, request.Policy);
    }

    [Fact]
    public void CreateRequest_LimitOverride_KeepsThePresetsRationaleAndOtherLimits()
    {
        using var provider = new ServiceCollection()
            .AddMentorGroups(o => o.SizePolicy.MaxMenteesPerMentor = new SizeLimitOptions { Value = 4, Kind = LimitKind.Recommendation })
            .Services.BuildServiceProvider();

        var policy = provider.GetRequiredService<IMentorGroupsMatcher>().CreateRequest(People.Programme("p1")).Build().Policy;

        Assert.Equal(SizeLimit.Recommended(4, GroupSizePolicy.Recommended.MaxMenteesPerMentor.Rationale), policy.MaxMenteesPerMentor);
        Assert.Equal(GroupSizePolicy.Recommended.MaxMentees, policy.MaxMentees);
        Assert.Equal(GroupSizePolicy.Recommended.MinMentors, policy.MinMentors);
    }

    [Fact]
    public void CreateRequest_WeightsAndSeed_ComeFromTheOptions()
    {
        using var provider = new ServiceCollection()
            .AddMentorGroups(o =>
            {
                o.CriterionWeights.Expertise = 7;
                o.CriterionWeights.CrossDepartment = 0;
                o.Seed = 99;
            })
            .Services.BuildServiceProvider();

        var request = provider.GetRequiredService<IMentorGroupsMatcher>().CreateRequest(People.Programme("p1")).Build();

        Assert.Equal(99, request.Seed);
        Assert.Equal(
            [("expertise", 7.0), ("language", 2.0), ("availability", 2.0), ("shared-goals", 1.0), ("seniority-gap", 1.0), ("cross-department", 0.0)],
            request.Criteria.Select(c => (c.Criterion.Name, c.Weight)));
    }

    [Fact]
    public void CreateRequest_PresetThatDoesNotSuitTheFormat_FailsWithPolicyFormatMismatch()
    {
        using var provider = new ServiceCollection().AddMentorGroups(o => o.SizePolicy.Preset = "peer-group").Services.BuildServiceProvider();

        var ex = Assert.Throws<MentorGroupsValidationException>(() => provider.GetRequiredService<IMentorGroupsMatcher>().CreateRequest(People.Programme("p1")));

        Assert.Equal([ErrorCodes.PolicyFormatMismatch], ex.Codes);
    }

    [Fact]
    public void Match_ProgrammeAndEnrolments_UsesTheConfiguredDefaultStrategy()
    {
        using var provider = new ServiceCollection()
            .AddSingleton<ConstructionCounter>()
            .AddMentorGroups(o => o.DefaultStrategy = "Custom")
            .AddStrategy<CustomStrategy>("custom")
            .Services.BuildServiceProvider();

        var result = provider.GetRequiredService<IMentorGroupsMatcher>()
            .Match(People.Programme("p1"), People.Enrolments(mentors: 2, mentees: 6), TestContext.Current.CancellationToken);

        Assert.Equal("custom", result.StrategyName);
        Assert.Equal(6, result.Placements.Count + result.Unmatched.Count);
        Assert.Equal(1, provider.GetRequiredService<ConstructionCounter>().Count);
    }

    [Fact]
    public void Match_NamedStrategy_UsesThatStrategy()
    {
        using var provider = new ServiceCollection().AddMentorGroups().AddStrategy(new FailingStrategy()).Services.BuildServiceProvider();
        var matcher = provider.GetRequiredService<IMentorGroupsMatcher>();
        var request = matcher.CreateRequest(People.Programme("p1")).Add(People.Enrolments(1, 2)).Build();

        Assert.Equal(MatchingStrategyCatalog.RecommendedStrategy, matcher.Match(request, TestContext.Current.CancellationToken).StrategyName);
        Assert.Throws<InvalidOperationException>(() => matcher.Match(request, "failing", TestContext.Current.CancellationToken));
    }

    [Fact]
    public void Match_UnknownStrategyName_ListsTheKnownNames()
    {
        using var provider = new ServiceCollection().AddMentorGroups().Services.BuildServiceProvider();
        var matcher = provider.GetRequiredService<IMentorGroupsMatcher>();
        var request = matcher.CreateRequest(People.Programme("p1")).Add(People.Enrolments(1, 2)).Build();

        var ex = Assert.Throws<MentorGroupsValidationException>(() => matcher.Match(request, "tabu", TestContext.Current.CancellationToken));

        Assert.Equal($"Invalid strategy name: 1 problem.\n- [strategy.unknown] tabu: No matching strategy is named 'tabu'; known: {TestStrategies.KnownNames()}.", ex.Message);
    }

    [Fact]
    public void Match_Cancelled_Throws()
    {
        using var provider = new ServiceCollection().AddMentorGroups().Services.BuildServiceProvider();
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() =>
            provider.GetRequiredService<IMentorGroupsMatcher>().Match(People.Programme("p1"), People.Enrolments(2, 4), cancelled.Token));
    }

    [Fact]
    public void GetMatcher_NamedProgrammes_EachUsesItsOwnConfiguration()
    {
        using var provider = new ServiceCollection()
            .AddMentorGroups(o => o.Seed = 1)
            .AddProgramme("common", o =>
            {
                o.SizePolicy.Preset = "common-form";
                o.Seed = 2;
            })
            .AddProgramme("one-to-one", o => o.SizePolicy.Preset = "one-to-one")
            .Services.BuildServiceProvider();
        var factory = provider.GetRequiredService<IMentorGroupsMatcherFactory>();

        var common = factory.GetMatcher("common").CreateRequest(People.Programme("p1")).Build();
        var oneToOne = factory.GetMatcher("one-to-one").CreateRequest(People.Programme("p2", ProgrammeFormat.OneToOne)).Build();
        var byDefault = provider.GetRequiredService<IMentorGroupsMatcher>().CreateRequest(People.Programme("p3")).Build();

        Assert.Equal((GroupSizePolicy.CommonForm, 2), (common.Policy, common.Seed));
        Assert.Equal((GroupSizePolicy.OneToOne, 0), (oneToOne.Policy, oneToOne.Seed));
        Assert.Equal((GroupSizePolicy.Recommended, 1), (byDefault.Policy, byDefault.Seed));
        Assert.Same(factory.GetMatcher("common"), factory.GetMatcher("common"));
        Assert.Same(provider.GetRequiredService<IMentorGroupsMatcher>(), factory.GetMatcher(""));
    }

    [Fact]
    public void GetMatcher_UnknownName_ListsTheKnownNames()
    {
        using var provider = new ServiceCollection().AddMentorGroups().AddProgramme("graduates", o => o.Seed = 1).Services.BuildServiceProvider();

        var ex = Assert.Throws<MentorGroupsValidationException>(() => provider.GetRequiredService<IMentorGroupsMatcherFactory>().GetMatcher("Graduates"));

        Assert.Equal([ErrorCodes.UnknownConfiguration], ex.Codes);
        Assert.Equal(
            "Invalid programme configuration name: 1 problem.\n- [configuration.unknown] Graduates: No MentorGroups programme configuration is named 'Graduates'; known: (default), 'graduates'. Register it with services.AddMentorGroups(name, ...).",
            ex.Message);
    }
}
