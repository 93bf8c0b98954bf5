using System.Diagnostics;
using System.Diagnostics.Metrics;
using MentorGroups.Matching;

namespace MentorGroups.DependencyInjection;

/// <summary>
/// The meter and activity source of matching. Uses the application's <see cref="IMeterFactory"/> when there is one
/// (hosts register it), so meters are per container; otherwise owns its meter.
/// </summary>
internal sealed class MatchInstrumentation : IDisposable
{
    private static readonly string? Version = typeof(MatchInstrumentation).Assembly.GetName().Version?.ToString();

    private readonly Meter? _ownedMeter;
    private readonly Histogram<double> _duration;
    private readonly Counter<long> _groups;
    private readonly Counter<long> _placed;
    private readonly Counter<long> _unmatched;

    public MatchInstrumentation(IMeterFactory? meterFactory = null)
    {
        Meter meter;
        if (meterFactory is null)
        {
            meter = _ownedMeter = new Meter(MentorGroupsTelemetry.MeterName, Version);
        }
        else
        {
            meter = meterFactory.Create(new MeterOptions(MentorGroupsTelemetry.MeterName) { Version = Version });
        }

        Meter = meter;
        _duration = meter.CreateHistogram<double>(MentorGroupsTelemetry.MatchDurationInstrument, "s", "How long matching a programme took.");
        _groups = meter.CreateCounter<long>(MentorGroupsTelemetry.GroupsFormedInstrument, "{group}", "Groups formed by matching.");
        _placed = meter.CreateCounter<long>(MentorGroupsTelemetry.MenteesPlacedInstrument, "{mentee}", "Mentees placed in a group.");
        _unmatched = meter.CreateCounter<long>(MentorGroupsTelemetry.MenteesUnmatchedInstrument, "{mentee}", "Mentees left without a group.");
    }

    /// <summary>One source for the process, as tracing libraries expect; activities carry the programme id to tell them apart.</summary>
    public static ActivitySource ActivitySource { get; } = new(MentorGroupsTelemetry.ActivitySourceName, Version);

    public Meter Meter { get; }

    public static Activity? StartActivity(string strategy, MatchingRequest request)
    {
        var activity = ActivitySource.StartActivity(MentorGroupsTelemetry.MatchActivityName);
        if (activity is { IsAllDataRequested: true })
        {
            activity.SetTag(MentorGroupsTelemetry.StrategyTag, strategy);
            activity.SetTag(MentorGroupsTelemetry.ProgrammeIdTag, request.Programme.Id.Value);
            activity.SetTag(MentorGroupsTelemetry.MentorCountTag, request.Mentors.Count);
            activity.SetTag(MentorGroupsTelemetry.MenteeCountTag, request.Mentees.Count);
        }

        return activity;
    }

    public void Completed(Activity? activity, string strategy, MatchingResult result, TimeSpan elapsed)
    {
        var tag = new KeyValuePair<string, object?>(MentorGroupsTelemetry.StrategyTag, strategy);
        _duration.Record(elapsed.TotalSeconds, tag);
        _groups.Add(result.Groups.Count, tag);
        _placed.Add(result.Placements.Count, tag);
        _unmatched.Add(result.Unmatched.Count, tag);
        if (activity is { IsAllDataRequested: true })
        {
            activity.SetTag(MentorGroupsTelemetry.GroupCountTag, result.Groups.Count);
            activity.SetTag(MentorGroupsTelemetry.UnmatchedCountTag, result.Unmatched.Count);
        }
    }

    public void Failed(Activity? activity, string strategy, Exception exception, TimeSpan elapsed)
    {
        var errorType = exception.GetType().FullName;
        _duration.Record(elapsed.TotalSeconds,
            new KeyValuePair<string, object?>(MentorGroupsTelemetry.StrategyTag, strategy),
            new KeyValuePair<string, object?>(MentorGroupsTelemetry.ErrorTypeTag, errorType));
        if (activity is not null)
        {
            // The type only: a strategy's exception message is not ours to vouch for.
            activity.SetStatus(ActivityStatusCode.Error, errorType);
            activity.SetTag(MentorGroupsTelemetry.ErrorTypeTag, errorType);
        }
    }

    public void Dispose() => _ownedMeter?.Dispose();
}
