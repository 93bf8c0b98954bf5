using MentorGroups.Participants;

namespace MentorGroups.Scheduling;

/// <summary>How one meeting slot reads for one member: their local start and end, and whether they can attend.</summary>
/// <remarks>Only <see cref="MeetingSlotFinder"/> creates these. Equality compares every property, and
/// <see cref="LocalStart"/> and <see cref="LocalEnd"/> as instants, as <see cref="DateTimeOffset"/> does; read their
/// <see cref="DateTimeOffset.Offset"/> for the member's clock.</remarks>
public sealed record MemberLocalTime
{
    internal MemberLocalTime(ParticipantId id, DateTimeOffset? localStart, DateTimeOffset? localEnd, SlotAttendance attendance, bool withinDaytime)
    {
        Id = id;
        LocalStart = localStart;
        LocalEnd = localEnd;
        Attendance = attendance;
        WithinDaytime = withinDaytime;
    }

    /// <summary>The member.</summary>
    public ParticipantId Id { get; }

    /// <summary>Start in the member's time zone, with that zone's offset on the day; <see langword="null"/> when the member has no time zone.</summary>
    public DateTimeOffset? LocalStart { get; }

    /// <summary>End in the member's time zone; <see langword="null"/> when the member has no time zone.</summary>
    public DateTimeOffset? LocalEnd { get; }

    /// <summary>Whether the member can attend.</summary>
    public SlotAttendance Attendance { get; }

    /// <summary>Whether the slot lies within the preferred daytime on one local day for this member.</summary>
    public bool WithinDaytime { get; }

    /// <summary>The local day the slot starts, or <see langword="null"/> when the member has no time zone.</summary>
    public DayOfWeek? Day => LocalStart?.DayOfWeek;

    /// <summary>The local time the slot starts, or <see langword="null"/> when the member has no time zone.</summary>
    public TimeOnly? StartTime => LocalStart is { } start ? TimeOnly.FromTimeSpan(start.TimeOfDay) : null;
}
