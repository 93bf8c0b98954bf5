using MentorGroups.DependencyInjection.Tests.Support;
using MentorGroups.Enrolments;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace MentorGroups.DependencyInjection.Tests.Telemetry;

public sealed class LogTests
{
    [Fact]
    public void Match_Completed_LogsStartEndAndRecommendationsWithIdsAndCountsOnly()
    {
        var (logs, provider) = Build(o => o.SizePolicy.Preset = "common-form");
        using var _ = provider;
        // One mentor with three seats: even the default strategy, which pairs mentors to reach the minimum, can only
        // form a group of three, below the common form's recommended five.
        var enrolments = People.Enrolments(mentors: 1, mentees: 3, capacity: 3);

        var result = provider.GetRequiredService<IMentorGroupsMatcher>()
            .Match(People.Programme("p-log"), enrolments, TestContext.Current.CancellationToken);

        var entries = Matcher(logs);
        Assert.Equal([1, 2, 3], entries.Select(e => e.EventId.Id));
        Assert.Equal("Matching programme p-log with strategy group-formation: 1 mentor(s), 3 mentee(s)", entries[0].Message);
        Assert.StartsWith("Matched programme p-log with strategy group-formation in ", entries[1].Message, StringComparison.Ordinal);
        Assert.EndsWith(" ms: 1 group(s), 3 mentee(s) placed, 0 unmatched, 0 mentor(s) without a group", entries[1].Message, StringComparison.Ordinal);
        Assert.Single(result.Groups);
        Assert.Equal(LogLevel.Warning, entries[2].Level);
        Assert.Equal("Programme p-log: 1 group(s) do not meet the size recommendation size.mentees-below-min, e.g. group G001", entries[2].Message);
        AssertNoPersonalData(logs, enrolments);
    }

    [Fact]
    public void Match_StrategyFails_LogsTheErrorTypeButNotItsMessage()
    {
        var (logs, provider) = Build(o => o.DefaultStrategy = "failing", builder => builder.AddStrategy(new FailingStrategy()));
        using var _ = provider;
        var enrolments = People.Enrolments(mentors: 1, mentees: 2);

        Assert.Throws<InvalidOperationException>(() =>
            provider.GetRequiredService<IMentorGroupsMatcher>().Match(People.Programme("p-fail"), enrolments, TestContext.Current.CancellationToken));

        var failed = Assert.Single(Matcher(logs), e => e.Level == LogLevel.Error);
        Assert.Equal(4, failed.EventId.Id);
        Assert.Null(failed.Exception);
        Assert.StartsWith("Matching programme p-fail with strategy failing failed after ", failed.Message, StringComparison.Ordinal);
        Assert.EndsWith(" ms with System.InvalidOperationException", failed.Message, StringComparison.Ordinal);
        AssertNoPersonalData(logs, enrolments);
    }

    [Fact]
    public void Match_Cancelled_LogsCancellationNotError()
    {
        var (logs, provider) = Build(o => o.Seed = 1);
        using var _ = provider;
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() =>
            provider.GetRequiredService<IMentorGroupsMatcher>().Match(People.Programme("p-cancel"), People.Enrolments(1, 2), cancelled.Token));

        Assert.Equal([(1, LogLevel.Information), (5, LogLevel.Information)], Matcher(logs).Select(e => (e.EventId.Id, e.Level)));
    }

    private static (InMemoryLoggerProvider Logs, ServiceProvider Provider) Build(Action<MentorGroupsOptions> configure, Action<IMentorGroupsBuilder>? more = null)
    {
        var logs = new InMemoryLoggerProvider();
        var services = new ServiceCollection().AddLogging(b => b.AddProvider(logs).SetMinimumLevel(LogLevel.Trace));
        var builder = services.AddMentorGroups(configure);
        more?.Invoke(builder);
        return (logs, services.BuildServiceProvider());
    }

    private static List<LogEntry> Matcher(InMemoryLoggerProvider logs) =>
        logs.Entries.Where(e => e.Category == MentorGroupsTelemetry.LoggerCategory).ToList();

    private static void AssertNoPersonalData(InMemoryLoggerProvider logs, IEnumerable<Enrolment> enrolments)
    {
        var everything = string.Join("\n", logs.Entries.Select(e => e.AllText));
        Assert.NotEmpty(logs.Entries);
        foreach (var enrolment in enrolments)
        {
            Assert.DoesNotContain(enrolment.Participant.DisplayName!, everything, StringComparison.OrdinalIgnoreCase);
            foreach (var goal in enrolment.IndividualGoals)
            {
                Assert.DoesNotContain(goal, everything, StringComparison.OrdinalIgnoreCase);
            }
        }

        Assert.DoesNotContain("Zelda", everything, StringComparison.OrdinalIgnoreCase);
    }
}
