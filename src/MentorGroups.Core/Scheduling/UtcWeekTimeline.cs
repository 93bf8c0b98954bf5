using MentorGroups.Validation;

namespace MentorGroups.Scheduling;

/// <summary>
/// Places a person's local weekly windows on the UTC time line of one reference week, in whole steps.
/// Shared by <see cref="UtcWeekMask"/> and <see cref="MeetingSlotFinder"/> so both read time zones the same way.
/// </summary>
/// <remarks>
/// Every UTC minute is turned into the person's local wall-clock time with the zone's real rules for that date,
/// and is available when that local minute of the week lies in one of their windows. Reading UTC → local (never
/// local → UTC) is what makes daylight-saving changes exact: a local time skipped in spring is never matched, and a
/// local time that occurs twice in autumn is matched twice.
/// </remarks>
internal static class UtcWeekTimeline
{
    private const int MinutesPerWeek = WeeklyWindow.MinutesPerWeek;
    private const int MinutesPerDay = 24 * 60;

    // Zones change offset at most a few times a year, never twice within an hour, so probing hourly and
    // bisecting to the minute finds every change.
    private const int ProbeMinutes = 60;

    /// <summary>Monday 00:00 UTC of the reference week.</summary>
    internal static DateTime StartUtc(DateOnly referenceWeek) => referenceWeek.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);

    /// <summary>Records what is wrong with a step, if anything.</summary>
    internal static void CheckStep(Problems problems, int stepMinutes, string target)
    {
        if (stepMinutes is < 1 or > MinutesPerDay || MinutesPerDay % stepMinutes != 0)
        {
            problems.Add(ErrorCodes.InvalidStep,
                $"The step must be a whole number of minutes that divides a day (1, 5, 15, 30, 60, ...); got {stepMinutes}.", target);
        }
    }

    /// <summary>Records what is wrong with a reference week, if anything.</summary>
    internal static void CheckReferenceWeek(Problems problems, DateOnly referenceWeek, string target)
    {
        if (referenceWeek.DayOfWeek != DayOfWeek.Monday)
        {
            problems.Add(ErrorCodes.InvalidReferenceWeek,
                $"The reference week must be given by its Monday; {referenceWeek:yyyy-MM-dd} is a {referenceWeek.DayOfWeek}.", target);
        }
        else if (referenceWeek > DateOnly.MaxValue.AddDays(-14))
        {
            problems.Add(ErrorCodes.InvalidReferenceWeek,
                $"The reference week {referenceWeek:yyyy-MM-dd} is too close to the end of the calendar.", target);
        }
    }

    /// <summary>Number of 64-bit words that hold <paramref name="stepCount"/> bits.</summary>
    internal static int WordCount(int stepCount) => (stepCount + 63) >> 6;

    /// <summary>
    /// Sets bit k when the person is available for the whole of step k, that is the UTC minutes
    /// [k·step, (k+1)·step) after Monday 00:00 UTC of the week. Steps may run past the end of the week; those minutes
    /// are read with the following week's real offsets.
    /// </summary>
    internal static void Fill(Span<ulong> bits, TimeZoneInfo zone, WeeklyAvailability availability, DateTime weekStartUtc, int stepMinutes, int stepCount)
    {
        if (availability.IsEmpty)
        {
            return;
        }

        Fill(bits, OffsetSegments(zone, weekStartUtc, stepMinutes * stepCount), availability, stepMinutes, stepCount);
    }

    /// <summary>
    /// Bit s is set when a meeting of <paramref name="slotSteps"/> steps starting at step s lies wholly inside the
    /// availability: the starts a person can attend. Steps past the week are read with the following week's offsets,
    /// so <paramref name="segments"/> must cover <paramref name="startCount"/> + <paramref name="slotSteps"/> - 1 steps.
    /// </summary>
    internal static ulong[] StartMask(IReadOnlyList<(int Start, int Shift)> segments, WeeklyAvailability availability, int stepMinutes, int slotSteps, int startCount)
    {
        var stepCount = startCount + slotSteps - 1;
        var free = new ulong[WordCount(stepCount)];
        Fill(free, segments, availability, stepMinutes, stepCount);
        var starts = new ulong[WordCount(startCount)];
        var freeSteps = 0;
        for (var step = stepCount - 1; step >= 0; step--)
        {
            freeSteps = IsSet(free, step) ? freeSteps + 1 : 0;
            if (step < startCount && freeSteps >= slotSteps)
            {
                starts[step >> 6] |= 1UL << (step & 63);
            }
        }

        return starts;
    }

    /// <summary>As <see cref="Fill(Span{ulong}, TimeZoneInfo, WeeklyAvailability, DateTime, int, int)"/>, with the zone's offset
    /// segments computed once (see <see cref="OffsetSegments"/>) and shared by everyone in that zone.</summary>
    internal static void Fill(Span<ulong> bits, IReadOnlyList<(int Start, int Shift)> segments, WeeklyAvailability availability, int stepMinutes, int stepCount)
    {
        if (availability.IsEmpty)
        {
            return;
        }

        var spanMinutes = stepMinutes * stepCount;
        var intervals = new List<(int Start, int End)>();
        for (var i = 0; i < segments.Count; i++)
        {
            var (segmentStart, shift) = segments[i];
            var segmentEnd = i + 1 < segments.Count ? segments[i + 1].Start : spanMinutes;
            foreach (var window in availability)
            {
                // UTC minute u reads as local minute-of-week (u + shift) mod week, so the window's copies on the UTC line
                // start at (window start - shift) + k·week.
                var firstCopy = window.StartMinuteOfWeek - shift;
                for (var k = FloorDiv(segmentStart - firstCopy, MinutesPerWeek); ; k++)
                {
                    var start = firstCopy + (k * MinutesPerWeek);
                    if (start >= segmentEnd)
                    {
                        break;
                    }

                    var clippedStart = Math.Max(start, segmentStart);
                    var clippedEnd = Math.Min(start + window.LengthMinutes, segmentEnd);
                    if (clippedEnd > clippedStart)
                    {
                        intervals.Add((clippedStart, clippedEnd));
                    }
                }
            }
        }

        intervals.Sort((a, b) => a.Start.CompareTo(b.Start));
        var index = 0;
        while (index < intervals.Count)
        {
            // Merge touching pieces: a window that runs across an offset change arrives as two pieces that meet.
            var (mergedStart, mergedEnd) = intervals[index++];
            while (index < intervals.Count && intervals[index].Start <= mergedEnd)
            {
                mergedEnd = Math.Max(mergedEnd, intervals[index++].End);
            }

            var firstStep = (mergedStart + stepMinutes - 1) / stepMinutes;
            var endStep = mergedEnd / stepMinutes;
            SetRange(bits, firstStep, endStep);
        }
    }

    /// <summary>Whether bit <paramref name="index"/> is set.</summary>
    internal static bool IsSet(ReadOnlySpan<ulong> bits, int index) => (bits[index >> 6] & (1UL << (index & 63))) != 0;

    /// <summary>
    /// The stretches of the span in which the zone keeps one offset: (first UTC minute, whole minutes added to reach
    /// local time). The first starts at minute 0.
    /// </summary>
    internal static List<(int Start, int Shift)> OffsetSegments(TimeZoneInfo zone, DateTime weekStartUtc, int spanMinutes)
    {
        int ShiftAt(int minute)
        {
            // Floor, so an offset with seconds (historic local mean time) reads the same as the wall clock does.
            var seconds = (long)zone.GetUtcOffset(weekStartUtc.AddMinutes(minute)).TotalSeconds;
            return (int)FloorDiv(seconds, 60);
        }

        var current = ShiftAt(0);
        var segments = new List<(int Start, int Shift)> { (0, current) };
        for (var probe = 0; probe < spanMinutes - 1; probe += ProbeMinutes)
        {
            var next = Math.Min(probe + ProbeMinutes, spanMinutes - 1);
            var low = probe;
            while (ShiftAt(next) != current)
            {
                // First minute in (low, next] with a different shift.
                var high = next;
                while (high - low > 1)
                {
                    var middle = low + ((high - low) / 2);
                    if (ShiftAt(middle) != current)
                    {
                        high = middle;
                    }
                    else
                    {
                        low = middle;
                    }
                }

                current = ShiftAt(high);
                segments.Add((high, current));
                low = high;
            }
        }

        return segments;
    }

    private static void SetRange(Span<ulong> bits, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            bits[i >> 6] |= 1UL << (i & 63);
        }
    }

    private static int FloorDiv(int value, int divisor) => (int)FloorDiv((long)value, divisor);

    private static long FloorDiv(long value, long divisor)
    {
        var quotient = value / divisor;
        return (value % divisor != 0 && (value < 0) != (divisor < 0)) ? quotient - 1 : quotient;
    }
}
