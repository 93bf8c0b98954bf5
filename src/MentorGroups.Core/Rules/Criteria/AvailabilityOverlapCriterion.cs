using System.Globalization;
using System.Runtime.CompilerServices;
using MentorGroups.Participants;
using MentorGroups.Rules;
using MentorGroups.Scheduling;

namespace MentorGroups.Rules.Criteria;

/// <summary>
/// Whether mentor and mentee can meet: weekly minutes their availability windows share once both are placed in UTC,
/// relative to <see cref="TargetMinutes"/> (1 when they share at least that much). Without availability on both sides,
/// falls back to how far apart their time zones are (1 for the same offset, 0 for 12 hours or more); neutral (0.5)
/// when neither is known.
/// </summary>
/// <remarks>Offsets are the zones' standard (non-daylight-saving) offsets: a weekly pattern has no date, and a
/// one-hour seasonal shift barely changes which pairs fit. The scheduling step finds exact meeting slots for a real week.</remarks>
public sealed class AvailabilityOverlapCriterion : IScoringCriterion, IPreparableCriterion
{
    /// <summary>Creates the criterion.</summary>
    /// <param name="targetMinutes">Shared weekly minutes that give a full score; at least 1. The default is 120 (two one-hour meetings).</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="targetMinutes"/> is below 1.</exception>
    public AvailabilityOverlapCriterion(int targetMinutes = 120)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(targetMinutes, 1);
        TargetMinutes = targetMinutes;
    }

    /// <summary>Shared weekly minutes that give a full score.</summary>
    public int TargetMinutes { get; }

    /// <inheritdoc/>
    public string Name => "availability";

    /// <inheritdoc/>
    public double Score(in CandidatePair pair)
    {
        var a = pair.Mentor.Participant.Profile;
        var b = pair.Mentee.Participant.Profile;
        if (!a.Availability.IsEmpty && !b.Availability.IsEmpty)
        {
            return Math.Min(1, (double)SharedMinutes(a, b) / TargetMinutes);
        }

        if (a.TimeZone is null || b.TimeZone is null)
        {
            return 0.5;
        }

        var hours = Math.Abs((a.TimeZone.BaseUtcOffset - b.TimeZone.BaseUtcOffset).TotalHours);
        return Math.Max(0, 1 - (Math.Min(hours, 24 - hours) / 12));
    }

    /// <inheritdoc/>
    IPreparedCriterion IPreparableCriterion.Prepare(MatchingPopulation population)
    {
        ArgumentNullException.ThrowIfNull(population);
        var patterns = population.Feature("availability-patterns", static p => new AvailabilityPatterns(p));
        var keys = KeyedRows.Number(population, e => (patterns.MenteePattern[e], patterns.MenteeZone[e]));
        return KeyedRows.Wrap(new Prepared(patterns, TargetMinutes), population, keys);
    }

    /// <inheritdoc/>
    public string Explain(in CandidatePair pair)
    {
        var a = pair.Mentor.Participant.Profile;
        var b = pair.Mentee.Participant.Profile;
        if (!a.Availability.IsEmpty && !b.Availability.IsEmpty)
        {
            var shared = SharedMinutes(a, b);
            return shared == 0
                ? "no weekly time in common"
                : string.Create(CultureInfo.InvariantCulture, $"{shared} minutes a week in common");
        }

        if (a.TimeZone is null || b.TimeZone is null)
        {
            return "availability and time zones not given on both sides (neutral)";
        }

        var hours = Math.Abs((a.TimeZone.BaseUtcOffset - b.TimeZone.BaseUtcOffset).TotalHours);
        return string.Create(CultureInfo.InvariantCulture, $"time zones {Math.Min(hours, 24 - hours):0.#} hour(s) apart");
    }

    /// <summary>Weekly minutes two people's windows share in UTC (standard offsets; UTC when a zone is unknown).</summary>
    /// <param name="a">One profile.</param>
    /// <param name="b">The other profile.</param>
    /// <returns>Shared minutes a week.</returns>
    internal static int SharedMinutes(ParticipantProfile a, ParticipantProfile b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var shiftA = OffsetMinutes(a.TimeZone);
        var shiftB = OffsetMinutes(b.TimeZone);
        var total = 0;
        foreach (var wa in a.Availability)
        {
            var ua = ToUtc(wa, shiftA);
            foreach (var wb in b.Availability)
            {
                total += ua.OverlapMinutes(ToUtc(wb, shiftB));
            }
        }

        return total;
    }

    private static int OffsetMinutes(TimeZoneInfo? zone) => zone is null ? 0 : (int)zone.BaseUtcOffset.TotalMinutes;

    private static WeeklyWindow ToUtc(WeeklyWindow local, int offsetMinutes)
    {
        var start = ((local.StartMinuteOfWeek - offsetMinutes) % WeeklyWindow.MinutesPerWeek + WeeklyWindow.MinutesPerWeek) % WeeklyWindow.MinutesPerWeek;
        return WeeklyWindow.FromMinutes(start, local.LengthMinutes);
    }

    private sealed class Prepared(AvailabilityPatterns patterns, int targetMinutes) : IPreparedCriterion
    {
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public void Score(int mentee, ReadOnlySpan<int> mentors, Span<double> scores)
        {
            var ownPattern = patterns.MenteePattern[mentee];
            var ownZone = patterns.MenteeZone[mentee];
            var mentorPattern = patterns.MentorPattern;
            var mentorZone = patterns.MentorZone;
            var zoneScore = patterns.ZoneScore;
            var zoneCount = patterns.ZoneCount;
            for (var i = 0; i < mentors.Length; i++)
            {
                var mentor = mentors[i];
                var pattern = mentorPattern[mentor];
                if (ownPattern >= 0 && pattern >= 0)
                {
                    scores[i] = Math.Min(1, (double)patterns.SharedMinutes(pattern, ownPattern) / targetMinutes);
                    continue;
                }

                var zone = mentorZone[mentor];
                scores[i] = ownZone < 0 || zone < 0 ? 0.5 : zoneScore[(zone * zoneCount) + ownZone];
            }
        }
    }
}
