using System.Globalization;
using MentorGroups.Validation;

namespace MentorGroups.Scheduling;

/// <summary>
/// A recurring weekly window of local time in which a person can meet, e.g. Monday 09:00–11:00.
/// A window may cross midnight or the end of the week (Sunday 22:00 – Monday 01:00).
/// </summary>
/// <remarks>Stored as minutes from Monday 00:00 of the person's own time zone; equal when start and length are equal.</remarks>
public readonly record struct WeeklyWindow
{
    /// <summary>Minutes in a week.</summary>
    public const int MinutesPerWeek = 7 * 24 * 60;

    private WeeklyWindow(int startMinuteOfWeek, int lengthMinutes)
    {
        StartMinuteOfWeek = startMinuteOfWeek;
        LengthMinutes = lengthMinutes;
    }

    /// <summary>Minutes from Monday 00:00 (local) to the start, 0 to 10,079.</summary>
    public int StartMinuteOfWeek { get; }

    /// <summary>Length in minutes, 1 to 10,080.</summary>
    public int LengthMinutes { get; }

    /// <summary>Minutes from Monday 00:00 to the end; may exceed <see cref="MinutesPerWeek"/> when the window wraps into the next week.</summary>
    public int EndMinuteOfWeek => StartMinuteOfWeek + LengthMinutes;

    /// <summary>The day the window starts.</summary>
    public DayOfWeek StartDay => FromMondayIndex(StartMinuteOfWeek / (24 * 60));

    /// <summary>The local time the window starts.</summary>
    public TimeOnly StartTime => TimeOnly.FromTimeSpan(TimeSpan.FromMinutes(StartMinuteOfWeek % (24 * 60)));

    /// <summary>Creates a window within one day. An <paramref name="end"/> of 00:00 means midnight at the end of that day.</summary>
    /// <param name="day">The day.</param>
    /// <param name="start">Local start time.</param>
    /// <param name="end">Local end time; later than <paramref name="start"/>, or 00:00 for midnight.</param>
    /// <returns>The window.</returns>
    /// <exception cref="MentorGroupsValidationException">The window ends before or when it starts (code <see cref="ErrorCodes.InvertedWindow"/>).</exception>
    public static WeeklyWindow On(DayOfWeek day, TimeOnly start, TimeOnly end)
    {
        var startMinute = MinuteOfDay(start);
        var endMinute = end == TimeOnly.MinValue ? 24 * 60 : MinuteOfDay(end);
        if (endMinute <= startMinute)
        {
            Problems.ThrowOne("availability window", ErrorCodes.InvertedWindow,
                $"The window on {day} ends at {Format(end)}, not after its start {Format(start)}; use a window spanning two days to cross midnight.");
        }

        return new WeeklyWindow((MondayIndex(day) * 24 * 60) + startMinute, endMinute - startMinute);
    }

    /// <summary>Creates a window that may span days, e.g. Friday 22:00 – Saturday 02:00.</summary>
    /// <param name="startDay">Day of the start.</param>
    /// <param name="start">Local start time.</param>
    /// <param name="endDay">Day of the end.</param>
    /// <param name="end">Local end time.</param>
    /// <returns>The window; it runs forward from the start, wrapping past Sunday if need be.</returns>
    /// <exception cref="MentorGroupsValidationException">Start and end are the same moment (code <see cref="ErrorCodes.InvertedWindow"/>).</exception>
    public static WeeklyWindow Spanning(DayOfWeek startDay, TimeOnly start, DayOfWeek endDay, TimeOnly end)
    {
        var startMinute = (MondayIndex(startDay) * 24 * 60) + MinuteOfDay(start);
        var endMinute = (MondayIndex(endDay) * 24 * 60) + MinuteOfDay(end);
        var length = ((endMinute - startMinute) % MinutesPerWeek + MinutesPerWeek) % MinutesPerWeek;
        if (length == 0)
        {
            Problems.ThrowOne("availability window", ErrorCodes.InvertedWindow,
                $"The window from {startDay} {Format(start)} to {endDay} {Format(end)} has no length.");
        }

        return new WeeklyWindow(startMinute, length);
    }

    /// <summary>Creates a window from minutes since Monday 00:00.</summary>
    /// <param name="startMinuteOfWeek">0 to 10,079.</param>
    /// <param name="lengthMinutes">1 to 10,080.</param>
    /// <returns>The window.</returns>
    /// <exception cref="MentorGroupsValidationException">A value is out of range (code <see cref="ErrorCodes.InvertedWindow"/>).</exception>
    public static WeeklyWindow FromMinutes(int startMinuteOfWeek, int lengthMinutes)
    {
        if (startMinuteOfWeek is < 0 or >= MinutesPerWeek || lengthMinutes is < 1 or > MinutesPerWeek)
        {
            Problems.ThrowOne("availability window", ErrorCodes.InvertedWindow,
                $"A window needs a start from 0 to {MinutesPerWeek - 1} minutes and a length from 1 to {MinutesPerWeek} minutes; got start {startMinuteOfWeek}, length {lengthMinutes}.");
        }

        return new WeeklyWindow(startMinuteOfWeek, lengthMinutes);
    }

    /// <summary>Whether the two windows share at least one minute (wrapping around the week).</summary>
    /// <param name="other">The other window.</param>
    /// <returns><see langword="true"/> when they overlap.</returns>
    public bool Overlaps(WeeklyWindow other) => OverlapMinutes(other) > 0;

    /// <summary>How many minutes the two windows share (wrapping around the week).</summary>
    /// <param name="other">The other window.</param>
    /// <returns>Shared minutes.</returns>
    public int OverlapMinutes(WeeklyWindow other)
    {
        var total = 0;
        // Compare against the other window shifted a week back, not at all, and a week forward: covers every wrap.
        for (var shift = -MinutesPerWeek; shift <= MinutesPerWeek; shift += MinutesPerWeek)
        {
            var start = Math.Max(StartMinuteOfWeek, other.StartMinuteOfWeek + shift);
            var end = Math.Min(EndMinuteOfWeek, other.EndMinuteOfWeek + shift);
            total += Math.Max(0, end - start);
        }

        return Math.Min(total, Math.Min(LengthMinutes, other.LengthMinutes));
    }

    /// <summary>Formats the window the way <see cref="WeeklyAvailability.Parse(string)"/> reads it, e.g. <c>Mon 09:00-11:00</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        var endMinute = EndMinuteOfWeek % MinutesPerWeek;
        var startDayIndex = StartMinuteOfWeek / (24 * 60);
        var endsSameDay = StartMinuteOfWeek % (24 * 60) + LengthMinutes <= 24 * 60;
        var endText = endsSameDay && endMinute % (24 * 60) == 0
            ? "24:00"
            : Format(TimeOnly.FromTimeSpan(TimeSpan.FromMinutes(endMinute % (24 * 60))));
        var startText = $"{DayAbbreviations[startDayIndex]} {Format(StartTime)}";
        return endsSameDay
            ? $"{startText}-{endText}"
            : $"{startText}-{DayAbbreviations[endMinute / (24 * 60)]} {endText}";
    }

    internal static readonly string[] DayAbbreviations = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];

    /// <summary>Monday = 0 … Sunday = 6.</summary>
    internal static int MondayIndex(DayOfWeek day) => ((int)day + 6) % 7;

    internal static DayOfWeek FromMondayIndex(int index) => (DayOfWeek)((index + 1) % 7);

    private static int MinuteOfDay(TimeOnly time) => (time.Hour * 60) + time.Minute;

    private static string Format(TimeOnly time) => time.ToString("HH:mm", CultureInfo.InvariantCulture);
}
