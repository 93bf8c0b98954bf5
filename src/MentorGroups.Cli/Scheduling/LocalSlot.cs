using MentorGroups.Scheduling;

namespace MentorGroups.Cli.Scheduling;

/// <summary>
/// A weekly slot found in UTC, seen from one time zone: the weekday and time of day it falls on there, with the
/// offsets of the reference week (summer and winter time differ, so the week is part of the answer).
/// </summary>
internal static class LocalSlot
{
    /// <summary>The instant the slot starts in the reference week.</summary>
    public static DateTime StartUtc(int startMinuteOfWeekUtc, DateOnly referenceMonday) =>
        DateTime.SpecifyKind(referenceMonday.ToDateTime(TimeOnly.MinValue), DateTimeKind.Utc).AddMinutes(startMinuteOfWeekUtc);

    /// <summary>The slot's start in <paramref name="zone"/>'s local time.</summary>
    public static DateTime StartLocal(int startMinuteOfWeekUtc, DateOnly referenceMonday, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTimeFromUtc(StartUtc(startMinuteOfWeekUtc, referenceMonday), zone);

    /// <summary>For example <c>Tue 10:00-11:00 Europe/Copenhagen</c>; <c>UTC (no time zone given)</c> without a zone.</summary>
    public static string Describe(int startMinuteOfWeekUtc, int lengthMinutes, DateOnly referenceMonday, TimeZoneInfo? zone)
    {
        if (zone is null)
        {
            return WeeklyWindow.FromMinutes(startMinuteOfWeekUtc, lengthMinutes) + " UTC (no time zone given)";
        }

        var local = StartLocal(startMinuteOfWeekUtc, referenceMonday, zone);
        var minute = ((((int)local.DayOfWeek + 6) % 7) * 24 * 60) + (local.Hour * 60) + local.Minute;
        return $"{WeeklyWindow.FromMinutes(minute, lengthMinutes)} {zone.Id}";
    }
}
