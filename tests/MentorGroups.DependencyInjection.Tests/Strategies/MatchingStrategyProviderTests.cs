using MentorGroups.DependencyInjection.Tests.Support;
using MentorGroups.Matching;
using MentorGroups.Strategies;
using MentorGroups.Strategies.Greedy;
using MentorGroups.Validation;
using Microsoft.Extensions.DependencyInjection;

namespace MentorGroups.DependencyInjection.Tests.Strategies;

public sealed class MatchingStrategyProviderTests
{
    [Fact]
    public void Names_AfterAddMentorGroups_HoldEveryBuiltInStrategy()
    {
        using var provider = new ServiceCollection().AddMentorGroups().Services.BuildServiceProvider();

        var strategies = provider.GetRequiredService<IMatchingStrategyProvider>();

        Assert.Equal(MatchingStrategyCatalog.CreateDefault().Names, strategies.Names);
        foreach (var name in MatchingStrategyCatalog.CreateDefault().Names)
        {
            Assert.Equal(name, strategies.GetStrategy(name).Name);
        }
    }

    [Fact]
    public void GetStrategy_SameNameAnyCase_ReturnsOneSharedInstance()
    {
        using var provider = new ServiceCollection().AddMentorGroups().Services.BuildServiceProvider();
        var strategies = provider.GetRequiredService<IMatchingStrategyProvider>();

        Assert.Same(strategies.GetStrategy("greedy"), strategies.GetStrategy("GREEDY"));
        Assert.Same(strategies.GetDefault(), strategies.GetStrategy("greedy"));
    }

    [Fact]
    public void GetStrategy_UnknownName_ListsTheKnownNames()
    {
        using var provider = new ServiceCollection().AddMentorGroups().AddStrategy<CustomStrategy>("custom")
            .Services.AddSingleton<ConstructionCounter>().BuildServiceProvider();

        var ex = Assert.Throws<MentorGroupsValidationException>(() => provider.GetRequiredService<IMatchingStrategyProvider>().GetStrategy("tabu"));

        Assert.Equal([ErrorCodes.UnknownStrategy], ex.Codes);
        Assert.Equal($"Invalid strategy name: 1 problem.\n- [strategy.unknown] tabu: No matching strategy is named 'tabu'; known: {TestStrategies.KnownNames("custom")}.", ex.Message);
    }

    [Fact]
    public void AddStrategyOfT_CreatedOnceFromTheContainer()
    {
        using var provider = new ServiceCollection()
            .AddSingleton<ConstructionCounter>()
            .AddMentorGroups().AddStrategy<CustomStrategy>("custom")
            .Services.BuildServiceProvider();
        var strategies = provider.GetRequiredService<IMatchingStrategyProvider>();
        var counter = provider.GetRequiredService<ConstructionCounter>();

        Assert.Equal(0, counter.Count);
        var first = strategies.GetStrategy("custom");
        var second = strategies.GetStrategy("Custom");

        Assert.IsType<CustomStrategy>(first);
        Assert.Same(first, second);
        Assert.Equal(1, counter.Count);
    }

    [Fact]
    public void AddStrategy_Factory_ReceivesTheServiceProvider()
    {
        IServiceProvider? seen = null;
        using var provider = new ServiceCollection().AddMentorGroups()
            .AddStrategy("cautious", sp =>
            {
                seen = sp;
                return new GreedyStrategyOptions { Name = "cautious", AugmentPlacements = false }.CreateStrategy();
            })
            .Services.BuildServiceProvider();

        var strategy = provider.GetRequiredService<IMatchingStrategyProvider>().GetStrategy("cautious");

        Assert.Equal("cautious", strategy.Name);
        Assert.NotNull(seen);
        Assert.Same(provider.GetRequiredService<IMatchingStrategyProvider>(), seen.GetRequiredService<IMatchingStrategyProvider>());
    }

    [Fact]
    public void AddStrategy_Instance_RegisteredUnderItsOwnName()
    {
        var instance = new GreedyStrategyOptions { Name = "greedy-plain", AugmentPlacements = false }.CreateStrategy();
        using var provider = new ServiceCollection().AddMentorGroups().AddStrategy(instance).Services.BuildServiceProvider();

        Assert.Same(instance, provider.GetRequiredService<IMatchingStrategyProvider>().GetStrategy("greedy-plain"));
    }

    [Fact]
    public void AddStrategy_NameOfABuiltIn_ReplacesItAndSurvivesAnotherAddMentorGroups()
    {
        var services = new ServiceCollection();
        services.AddMentorGroups().AddStrategy("greedy", _ => new FailingStrategy());
        services.AddMentorGroups();
        using var provider = services.BuildServiceProvider();

        Assert.IsType<FailingStrategy>(provider.GetRequiredService<IMatchingStrategyProvider>().GetStrategy("greedy"));
        Assert.Equal(MatchingStrategyCatalog.CreateDefault().Names.Count, services.Count(d => d.ServiceType == typeof(StrategyRegistration)));
    }

    [Fact]
    public void AddStrategy_FactoryReturningNull_FailsWithTheName()
    {
        using var provider = new ServiceCollection().AddMentorGroups().AddStrategy("broken", _ => null!).Services.BuildServiceProvider();

        var ex = Assert.Throws<InvalidOperationException>(() => provider.GetRequiredService<IMatchingStrategyProvider>().GetStrategy("broken"));

        Assert.Equal("The factory of matching strategy 'broken' returned null.", ex.Message);
    }

    [Fact]
    public void AddStrategy_EmptyName_Throws()
    {
        var builder = new ServiceCollection().AddMentorGroups();

        Assert.Throws<ArgumentException>(() => builder.AddStrategy(" ", _ => new FailingStrategy()));
        Assert.Throws<ArgumentNullException>(() => builder.AddStrategy("x", null!));
    }

    [Fact]
    public async Task GetStrategy_ManyThreadsAtOnce_ShareOneInstanceAndGiveIdenticalResults()
    {
        using var provider = new ServiceCollection().AddMentorGroups().Services.BuildServiceProvider();
        var strategies = provider.GetRequiredService<IMatchingStrategyProvider>();
        var programme = People.Programme("p-concurrency");
        var request = MatchingRequest.For(programme).Add(People.Enrolments(mentors: 30, mentees: 120, capacity: 4)).Build();
        var ct = TestContext.Current.CancellationToken;
        using var start = new ManualResetEventSlim();

        // Resolve and match on every thread at once, so the first resolution races as well as the matching.
        var runs = Enumerable.Range(0, 12).Select(_ => Task.Run(() =>
        {
            start.Wait(ct);
            var strategy = strategies.GetStrategy("greedy");
            return (Strategy: strategy, Fingerprint: Fingerprint(strategy.Match(request, ct)));
        }, ct)).ToArray();
        start.Set();
        var results = await Task.WhenAll(runs);

        var reference = Fingerprint(new GreedyStrategyOptions().CreateStrategy().Match(request, ct));
        Assert.All(results, r => Assert.Same(results[0].Strategy, r.Strategy));
        Assert.All(results, r => Assert.Equal(reference, r.Fingerprint));
        Assert.Contains("e000->", reference, StringComparison.Ordinal); // the request really places people
    }

    private static string Fingerprint(MatchingResult result) =>
        string.Join("; ", result.Placements.Select(p => $"{p.Mentee}->{p.Group}[{string.Join(",", p.Mentors)}]:{p.Score:R}"))
        + $" | unmatched {string.Join(",", result.Unmatched.Select(u => u.Mentee))} | objective {result.Objective}";
}
