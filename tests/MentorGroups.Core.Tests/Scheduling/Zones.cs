namespace MentorGroups.Tests.Scheduling;

/// <summary>Time zones the scheduling tests use, by IANA id.</summary>
internal static class Zones
{
    public static TimeZoneInfo NewYork { get; } = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");

    public static TimeZoneInfo Copenhagen { get; } = TimeZoneInfo.FindSystemTimeZoneById("Europe/Copenhagen");

    public static TimeZoneInfo Tokyo { get; } = TimeZoneInfo.FindSystemTimeZoneById("Asia/Tokyo");

    public static TimeZoneInfo London { get; } = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    /// <summary>Whole-hour, half-hour and 45-minute offsets; with and without daylight saving; both hemispheres.</summary>
    public static readonly string[] Varied =
    [
        "UTC", "America/New_York", "Europe/Copenhagen", "Asia/Tokyo", "Australia/Sydney", "Australia/Lord_Howe",
        "Asia/Kathmandu", "America/St_Johns", "Pacific/Chatham", "America/Sao_Paulo", "Asia/Kolkata",
    ];
}
