using System.Diagnostics;
using MentorGroups.Enrolments;
using MentorGroups.Matching;
using MentorGroups.Policies;
using MentorGroups.Programmes;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace MentorGroups.DependencyInjection;

/// <summary>The container's <see cref="IMentorGroupsMatcher"/> for one programme configuration.</summary>
internal sealed class MentorGroupsMatcher(
    string name,
    IOptionsMonitor<MentorGroupsOptions> options,
    StrategyRegistry strategies,
    MatchInstrumentation instrumentation,
    ILogger logger) : IMentorGroupsMatcher
{
    public string Name { get; } = name;

    public MatchingRequestBuilder CreateRequest(Programme programme)
    {
        ArgumentNullException.ThrowIfNull(programme);
        var current = options.Get(Name);
        var policy = SizePolicyFactory.Create(current.SizePolicy);
        var configured = policy is null ? programme : programme.WithSizePolicy(policy);
        return MatchingRequest.For(configured)
            .WithCriteria(current.CriterionWeights.CreateCriteria())
            .WithGroupObjectives(current.GroupObjectiveWeights.CreateObjectives())
            .WithSeed(current.Seed);
    }

    public MatchingResult Match(MatchingRequest request, CancellationToken cancellationToken = default) =>
        Match(request, options.Get(Name).DefaultStrategy, cancellationToken);

    public MatchingResult Match(Programme programme, IEnumerable<Enrolment> enrolments, CancellationToken cancellationToken = default) =>
        Match(CreateRequest(programme).Add(enrolments).Build(), cancellationToken);

    public MatchingResult Match(MatchingRequest request, string strategyName, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(strategyName);
        var strategy = strategies.Get(Name, strategyName);
        var programmeId = request.Programme.Id.Value;
        var started = Stopwatch.GetTimestamp();
        using var activity = MatchInstrumentation.StartActivity(strategy.Name, request);
        Log.MatchStarted(logger, programmeId, strategy.Name, request.Mentors.Count, request.Mentees.Count);

        MatchingResult result;
        try
        {
            result = strategy.Match(request, cancellationToken);
        }
        catch (Exception ex)
        {
            var failedAfter = Stopwatch.GetElapsedTime(started);
            instrumentation.Failed(activity, strategy.Name, ex, failedAfter);
            if (ex is OperationCanceledException)
            {
                Log.MatchCancelled(logger, programmeId, strategy.Name, failedAfter.TotalMilliseconds);
            }
            else
            {
                Log.MatchFailed(logger, programmeId, strategy.Name, failedAfter.TotalMilliseconds, ex.GetType().FullName);
            }

            throw;
        }

        var elapsed = Stopwatch.GetElapsedTime(started);
        instrumentation.Completed(activity, strategy.Name, result, elapsed);
        Log.MatchCompleted(logger, programmeId, strategy.Name, elapsed.TotalMilliseconds,
            result.Groups.Count, result.Placements.Count, result.Unmatched.Count, result.UnassignedMentors.Count);
        LogRecommendationsNotMet(programmeId, result.Findings);
        return result;
    }

    /// <summary>One warning per finding code, not per group: a programme of thousands of groups must not flood the log.</summary>
    private void LogRecommendationsNotMet(string programmeId, IReadOnlyList<PolicyFinding> findings)
    {
        if (!logger.IsEnabled(LogLevel.Warning))
        {
            return;
        }

        foreach (var byCode in findings.Where(f => f.Severity == FindingSeverity.Warning).GroupBy(f => f.Code).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var groups = byCode.Where(f => f.GroupId is not null).Select(f => f.GroupId!.Value).Distinct().Order().ToArray();
            Log.RecommendationNotMet(logger, programmeId, byCode.Key, groups.Length, groups.Length == 0 ? null : groups[0].Value);
        }
    }
}
