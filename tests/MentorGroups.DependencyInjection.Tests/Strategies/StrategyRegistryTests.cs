using MentorGroups.Matching;
using MentorGroups.Participants;
using MentorGroups.Programmes;
using MentorGroups.Strategies.Greedy;
using MentorGroups.Strategies.GroupOptimising;
using Microsoft.Extensions.DependencyInjection;

namespace MentorGroups.DependencyInjection.Tests.Strategies;

public sealed class StrategyRegistryTests
{
    [Fact]
    public void Match_NamedConfigurationsWithTimeBudgets_EachConfigurationsBudgetHonoured()
    {
        using var provider = new ServiceCollection()
            .AddMentorGroups("hurried", o => o.TimeBudget = TimeSpan.FromMilliseconds(1))
            .AddProgramme("patient", o => o.TimeBudget = TimeSpan.FromHours(1))
            .Services.BuildServiceProvider();
        var factory = provider.GetRequiredService<IMentorGroupsMatcherFactory>();

        var hurried = Run(factory.GetMatcher("hurried"));
        var patient = Run(factory.GetMatcher("patient"));

        Assert.Equal(1, hurried.Metrics["stoppedByTimeBudget"]);
        Assert.Equal(0, patient.Metrics["stoppedByTimeBudget"]);
    }

    [Fact]
    public void Match_StartStrategyRegisteredInTheContainer_GroupOptimisingStartsFromIt()
    {
        var starts = new CallCounter();
        using var provider = new ServiceCollection()
            .AddMentorGroups()
            .AddStrategy(GroupOptimisingStrategyOptions.PreferredStartStrategy, _ => starts)
            .Services.BuildServiceProvider();

        Run(provider.GetRequiredService<IMentorGroupsMatcher>());

        Assert.Equal(1, starts.Calls);
    }

    private static MatchingResult Run(IMentorGroupsMatcher matcher)
    {
        var builder = matcher.CreateRequest(Programme.Builder("p", "Programme").Build());
        for (var i = 0; i < 12; i++)
        {
            builder.AddMentor(Participant.Builder($"m{i:00}").WithExpertise(i % 2 == 0 ? "sql" : "go").Build(), 6);
        }

        for (var i = 0; i < 60; i++)
        {
            builder.AddMentee(Participant.Builder($"e{i:00}").WithLearningGoals(i % 3 == 0 ? "sql" : "go").Build());
        }

        return matcher.Match(builder.Build(), GroupOptimisingStrategyOptions.DefaultName, TestContext.Current.CancellationToken);
    }

    /// <summary>A start strategy that counts its calls and places like greedy.</summary>
    private sealed class CallCounter : IMatchingStrategy
    {
        private readonly IMatchingStrategy _inner = new GreedyStrategyOptions { Name = "optimal" }.CreateStrategy();
        private int _calls;

        public int Calls => _calls;

        public string Name => "optimal";

        public MatchingResult Match(MatchingRequest request, CancellationToken cancellationToken = default)
        {
            Interlocked.Increment(ref _calls);
            return _inner.Match(request, cancellationToken);
        }
    }
}
