using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using MentorGroups.DependencyInjection.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace MentorGroups.DependencyInjection.Tests.Telemetry;

public sealed class MatchInstrumentationTests
{
    [Fact]
    public void Match_WithMeterFactory_RecordsDurationGroupsPlacedAndUnmatchedTaggedWithTheStrategy()
    {
        using var provider = new ServiceCollection().AddMetrics().AddMentorGroups().Services.BuildServiceProvider();
        var factory = provider.GetRequiredService<IMeterFactory>();
        using var recorder = new MeasurementRecorder(meter => meter.Scope == factory);

        // 3 mentors × capacity 2 seat 6 of the 8 mentees.
        var result = provider.GetRequiredService<IMentorGroupsMatcher>()
            .Match(People.Programme("p-metrics"), People.Enrolments(mentors: 3, mentees: 8, capacity: 2), TestContext.Current.CancellationToken);

        Assert.Equal(2, result.Unmatched.Count);
        var duration = Assert.Single(recorder.Of(MentorGroupsTelemetry.MatchDurationInstrument));
        Assert.True(duration.Value >= 0);
        Assert.Equal([(MentorGroupsTelemetry.StrategyTag, (object?)"group-formation")], duration.Tags);
        Assert.Equal((3.0, "group-formation"), Single(recorder, MentorGroupsTelemetry.GroupsFormedInstrument));
        Assert.Equal((6.0, "group-formation"), Single(recorder, MentorGroupsTelemetry.MenteesPlacedInstrument));
        Assert.Equal((2.0, "group-formation"), Single(recorder, MentorGroupsTelemetry.MenteesUnmatchedInstrument));
        Assert.Equal(["s", "{group}", "{mentee}", "{mentee}"],
            new[] { MentorGroupsTelemetry.MatchDurationInstrument, MentorGroupsTelemetry.GroupsFormedInstrument, MentorGroupsTelemetry.MenteesPlacedInstrument, MentorGroupsTelemetry.MenteesUnmatchedInstrument }
                .Select(name => recorder.UnitOf(name)));
    }

    [Fact]
    public void Match_WithoutMeterFactory_UsesItsOwnMeterNamedMentorGroups()
    {
        using var provider = new ServiceCollection().AddMentorGroups().AddStrategy<CustomStrategy>("custom")
            .Services.AddSingleton<ConstructionCounter>().BuildServiceProvider();
        var own = provider.GetRequiredService<MatchInstrumentation>().Meter;
        using var recorder = new MeasurementRecorder(meter => ReferenceEquals(meter, own));

        provider.GetRequiredService<IMentorGroupsMatcher>().Match(
            provider.GetRequiredService<IMentorGroupsMatcher>().CreateRequest(People.Programme("p-own-meter")).Add(People.Enrolments(1, 3)).Build(),
            "custom", TestContext.Current.CancellationToken);

        Assert.Equal(MentorGroupsTelemetry.MeterName, own.Name);
        Assert.Equal((1.0, "custom"), Single(recorder, MentorGroupsTelemetry.GroupsFormedInstrument));
    }

    [Fact]
    public void Match_StrategyFails_RecordsDurationWithErrorTypeAndNoCounts()
    {
        using var provider = new ServiceCollection().AddMetrics().AddMentorGroups().AddStrategy(new FailingStrategy()).Services.BuildServiceProvider();
        var factory = provider.GetRequiredService<IMeterFactory>();
        using var recorder = new MeasurementRecorder(meter => meter.Scope == factory);
        var matcher = provider.GetRequiredService<IMentorGroupsMatcher>();
        var request = matcher.CreateRequest(People.Programme("p-metrics-fail")).Add(People.Enrolments(1, 2)).Build();

        Assert.Throws<InvalidOperationException>(() => matcher.Match(request, "failing", TestContext.Current.CancellationToken));

        var duration = Assert.Single(recorder.Of(MentorGroupsTelemetry.MatchDurationInstrument));
        Assert.Equal(
            [(MentorGroupsTelemetry.StrategyTag, (object?)"failing"), (MentorGroupsTelemetry.ErrorTypeTag, "System.InvalidOperationException")],
            duration.Tags);
        Assert.Empty(recorder.Of(MentorGroupsTelemetry.GroupsFormedInstrument));
    }

    [Fact]
    public void Match_Traced_OneActivityWithProgrammeCountsAndStrategy()
    {
        const string Programme = "p-trace-ok";
        using var activities = new ActivityRecorder(Programme);
        using var provider = new ServiceCollection().AddMentorGroups().Services.BuildServiceProvider();

        provider.GetRequiredService<IMentorGroupsMatcher>()
            .Match(People.Programme(Programme), People.Enrolments(mentors: 3, mentees: 8, capacity: 2), TestContext.Current.CancellationToken);

        var activity = Assert.Single(activities.Stopped);
        Assert.Equal(MentorGroupsTelemetry.MatchActivityName, activity.OperationName);
        Assert.Equal(MentorGroupsTelemetry.ActivitySourceName, activity.Source.Name);
        Assert.Equal(ActivityStatusCode.Unset, activity.Status);
        Assert.Equal(
            [
                (MentorGroupsTelemetry.StrategyTag, (object?)"group-formation"), (MentorGroupsTelemetry.ProgrammeIdTag, Programme),
                (MentorGroupsTelemetry.MentorCountTag, 3), (MentorGroupsTelemetry.MenteeCountTag, 8),
                (MentorGroupsTelemetry.GroupCountTag, 3), (MentorGroupsTelemetry.UnmatchedCountTag, 2),
            ],
            activity.TagObjects.Select(t => (t.Key, t.Value)));
    }

    [Fact]
    public void Match_TracedFailure_ActivityHasErrorStatus()
    {
        const string Programme = "p-trace-fail";
        using var activities = new ActivityRecorder(Programme);
        using var provider = new ServiceCollection().AddMentorGroups().AddStrategy(new FailingStrategy()).Services.BuildServiceProvider();
        var matcher = provider.GetRequiredService<IMentorGroupsMatcher>();
        var request = matcher.CreateRequest(People.Programme(Programme)).Add(People.Enrolments(1, 2)).Build();

        Assert.Throws<InvalidOperationException>(() => matcher.Match(request, "failing", TestContext.Current.CancellationToken));

        var activity = Assert.Single(activities.Stopped);
        Assert.Equal(ActivityStatusCode.Error, activity.Status);
        Assert.Equal("System.InvalidOperationException", activity.StatusDescription);
        Assert.Equal("System.InvalidOperationException", activity.GetTagItem(MentorGroupsTelemetry.ErrorTypeTag));
    }

    private static (double Value, object? Strategy) Single(MeasurementRecorder recorder, string instrument)
    {
        var measurement = Assert.Single(recorder.Of(instrument));
        return (measurement.Value, Assert.Single(measurement.Tags, t => t.Key == MentorGroupsTelemetry.StrategyTag).Value);
    }

    private sealed record Measurement(string Instrument, double Value, IReadOnlyList<(string Key, object? Value)> Tags);

    /// <summary>Listens to the meters the filter accepts; other tests' meters stay out.</summary>
    private sealed class MeasurementRecorder : IDisposable
    {
        private readonly MeterListener _listener = new();
        private readonly ConcurrentQueue<Measurement> _measurements = new();
        private readonly ConcurrentDictionary<string, string?> _units = new();

        public MeasurementRecorder(Func<Meter, bool> accept)
        {
            _listener.InstrumentPublished = (instrument, listener) =>
            {
                if (instrument.Meter.Name == MentorGroupsTelemetry.MeterName && accept(instrument.Meter))
                {
                    _units[instrument.Name] = instrument.Unit;
                    listener.EnableMeasurementEvents(instrument);
                }
            };
            _listener.SetMeasurementEventCallback<double>((instrument, value, tags, _) => Add(instrument, value, tags));
            _listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) => Add(instrument, value, tags));
            _listener.Start();
        }

        public Measurement[] Of(string instrument) => _measurements.Where(m => m.Instrument == instrument).ToArray();

        public string? UnitOf(string instrument) => _units.GetValueOrDefault(instrument);

        public void Dispose() => _listener.Dispose();

        private void Add(Instrument instrument, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
        {
            var copy = new List<(string, object?)>();
            foreach (var tag in tags)
            {
                copy.Add((tag.Key, tag.Value));
            }

            _measurements.Enqueue(new Measurement(instrument.Name, value, copy));
        }
    }

    /// <summary>Records stopped activities of the MentorGroups source for one programme id (listeners are process-wide).</summary>
    private sealed class ActivityRecorder : IDisposable
    {
        private readonly ActivityListener _listener;
        private readonly ConcurrentQueue<Activity> _stopped = new();

        public ActivityRecorder(string programmeId)
        {
            _listener = new ActivityListener
            {
                ShouldListenTo = source => source.Name == MentorGroupsTelemetry.ActivitySourceName,
                Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
                ActivityStopped = activity =>
                {
                    if (Equals(activity.GetTagItem(MentorGroupsTelemetry.ProgrammeIdTag), programmeId))
                    {
                        _stopped.Enqueue(activity);
                    }
                },
            };
            ActivitySource.AddActivityListener(_listener);
        }

        public IReadOnlyList<Activity> Stopped => [.. _stopped];

        public void Dispose() => _listener.Dispose();
    }
}
