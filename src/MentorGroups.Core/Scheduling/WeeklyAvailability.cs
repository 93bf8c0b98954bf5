using System.Collections;
using System.Globalization;
using MentorGroups.Validation;

namespace MentorGroups.Scheduling;

/// <summary>
/// The weekly windows in which a person can meet, in their own time zone. Windows never overlap.
/// An empty availability means "not given", which scoring treats as neutral, not as "never".
/// </summary>
/// <remarks>Equal when the windows are equal; windows are kept sorted by start.</remarks>
public sealed class WeeklyAvailability : IReadOnlyList<WeeklyWindow>, IEquatable<WeeklyAvailability>
{
    private readonly WeeklyWindow[] _windows;

    private WeeklyAvailability(WeeklyWindow[] sorted) => _windows = sorted;

    /// <summary>No availability given.</summary>
    public static WeeklyAvailability None { get; } = new([]);

    /// <summary>Creates an availability from windows.</summary>
    /// <param name="windows">The windows; none may overlap another.</param>
    /// <returns>The availability.</returns>
    /// <exception cref="MentorGroupsValidationException">Windows overlap (code <see cref="ErrorCodes.OverlappingWindows"/>), one pair per problem.</exception>
    public static WeeklyAvailability From(IEnumerable<WeeklyWindow> windows)
    {
        ArgumentNullException.ThrowIfNull(windows);
        var sorted = windows.OrderBy(w => w.StartMinuteOfWeek).ThenBy(w => w.LengthMinutes).ToArray();
        var problems = new Problems();
        for (var i = 0; i < sorted.Length; i++)
        {
            for (var j = i + 1; j < sorted.Length; j++)
            {
                if (sorted[i].Overlaps(sorted[j]))
                {
                    problems.Add(ErrorCodes.OverlappingWindows, $"The windows {sorted[i]} and {sorted[j]} overlap.");
                }
            }
        }

        problems.ThrowIfAny("availability");
        return sorted.Length == 0 ? None : new WeeklyAvailability(sorted);
    }

    /// <summary>
    /// Reads availability written as <c>Mon 09:00-11:00; Wed 14:00-16:00; Fri 22:00-Sat 01:00</c>.
    /// Days are English names or their first three letters, any case; 24:00 ends a day; windows are separated by ';'.
    /// An end that names the start's own day at or before the start time runs round the week
    /// (<c>Mon 09:00-Mon 08:00</c> is 167 hours; <c>Mon 09:00-Mon 09:00</c> is the whole week), which is how
    /// <see cref="WeeklyWindow.ToString"/> writes such long windows.
    /// </summary>
    /// <param name="text">The text; empty or white space gives <see cref="None"/>.</param>
    /// <returns>The availability.</returns>
    /// <exception cref="MentorGroupsValidationException">Every unreadable, inverted or overlapping window, at once.</exception>
    public static WeeklyAvailability Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return None;
        }

        var problems = new Problems();
        var windows = new List<WeeklyWindow>();
        foreach (var part in text.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var window = problems.Capture(() => ParseWindow(part));
            if (window is { } w)
            {
                windows.Add(w);
            }
        }

        if (!problems.Any)
        {
            problems.Capture(() => From(windows));
        }

        problems.ThrowIfAny("availability");
        return From(windows);
    }

    /// <inheritdoc/>
    public WeeklyWindow this[int index] => _windows[index];

    /// <inheritdoc/>
    public int Count => _windows.Length;

    /// <summary>Whether no window is given.</summary>
    public bool IsEmpty => _windows.Length == 0;

    /// <summary>Total minutes per week.</summary>
    public int TotalMinutes => _windows.Sum(w => w.LengthMinutes);

    /// <inheritdoc/>
    public IEnumerator<WeeklyWindow> GetEnumerator() => ((IEnumerable<WeeklyWindow>)_windows).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <inheritdoc/>
    public bool Equals(WeeklyAvailability? other) =>
        other is not null && _windows.AsSpan().SequenceEqual(other._windows);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as WeeklyAvailability);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var window in _windows)
        {
            hash.Add(window);
        }

        return hash.ToHashCode();
    }

    /// <summary>The windows in the syntax <see cref="Parse(string)"/> reads.</summary>
    /// <returns>The text, or an empty string for <see cref="None"/>.</returns>
    public override string ToString() => string.Join("; ", _windows);

    private static WeeklyWindow ParseWindow(string text)
    {
        // "<day> <hh:mm>-<hh:mm>" or "<day> <hh:mm>-<day> <hh:mm>"
        var dash = text.IndexOf('-', StringComparison.Ordinal);
        if (dash < 0)
        {
            return Unreadable(text, "expected a start and an end separated by '-'");
        }

        var (startDay, startTime, _, startError) = ReadPoint(text[..dash].Trim(), null);
        var (endDay, endTime, endDayWritten, endError) = ReadPoint(text[(dash + 1)..].Trim(), startDay);
        if (startError is not null || endError is not null)
        {
            return Unreadable(text, startError ?? endError!);
        }

        if (startTime == TimeSpan.FromDays(1))
        {
            // 24:00 only ends a day; a start there is 00:00 of the next day and should be written so.
            return Unreadable(text, "a window cannot start at 24:00; write 00:00 of the next day");
        }

        var start = TimeOnly.FromTimeSpan(startTime);
        var endIsMidnight = endTime == TimeSpan.FromDays(1);
        var end = endIsMidnight ? TimeOnly.MinValue : TimeOnly.FromTimeSpan(endTime);
        if (endDay == startDay && (!endDayWritten || endIsMidnight || endTime > startTime))
        {
            return WeeklyWindow.On(startDay!.Value, start, end);
        }

        if (endDay == startDay && endTime == startTime)
        {
            return WeeklyWindow.FromMinutes(WeeklyWindow.MondayIndex(startDay!.Value) * 24 * 60 + (int)startTime.TotalMinutes, WeeklyWindow.MinutesPerWeek);
        }

        var endDayValue = endIsMidnight ? WeeklyWindow.FromMondayIndex((WeeklyWindow.MondayIndex(endDay!.Value) + 1) % 7) : endDay!.Value;
        return WeeklyWindow.Spanning(startDay!.Value, start, endDayValue, end);
    }

    private static (DayOfWeek? Day, TimeSpan Time, bool DayWritten, string? Error) ReadPoint(string text, DayOfWeek? defaultDay)
    {
        var pieces = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        DayOfWeek? day = defaultDay;
        string timeText;
        if (pieces.Length == 2)
        {
            day = ReadDay(pieces[0]);
            if (day is null)
            {
                return (null, default, false, $"'{pieces[0]}' is not a day of the week");
            }

            timeText = pieces[1];
        }
        else if (pieces.Length == 1 && defaultDay is not null)
        {
            timeText = pieces[0];
        }
        else
        {
            return (null, default, false, $"'{text}' is not '<day> <hh:mm>'");
        }

        var written = pieces.Length == 2;
        if (timeText == "24:00")
        {
            return (day, TimeSpan.FromDays(1), written, null);
        }

        return TimeOnly.TryParseExact(timeText, ["H:mm", "HH:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var time)
            ? (day, time.ToTimeSpan(), written, null)
            : (null, default, false, $"'{timeText}' is not a time of day (hh:mm)");
    }

    private static DayOfWeek? ReadDay(string text)
    {
        for (var i = 0; i < 7; i++)
        {
            var day = WeeklyWindow.FromMondayIndex(i);
            if (text.Equals(WeeklyWindow.DayAbbreviations[i], StringComparison.OrdinalIgnoreCase)
                || text.Equals(day.ToString(), StringComparison.OrdinalIgnoreCase))
            {
                return day;
            }
        }

        return null;
    }

    private static WeeklyWindow Unreadable(string text, string why)
    {
        Problems.ThrowOne("availability", ErrorCodes.UnreadableAvailability, $"Cannot read '{text}': {why}.");
        return default;
    }
}
