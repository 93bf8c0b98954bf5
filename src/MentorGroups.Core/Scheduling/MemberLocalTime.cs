using MentorGroups.Participants;

namespace MentorGroups.Scheduling;

/// <summary>How one meeting slot reads for one member: their local start and end, and whether they can attend.</summary>
/// <param name="Id">The member.</param>
/// <param name="LocalStart">Start in the member's time zone, with that zone's offset on the day; <see langword="null"/> when the member has no time zone.</param>
/// <param name="LocalEnd">End in the member's time zone; <see langword="null"/> when the member has no time zone.</param>
/// <param name="Attendance">Whether the member can attend.</param>
/// <remarks>Record equality compares <see cref="LocalStart"/> and <see cref="LocalEnd"/> as instants, as
/// <see cref="DateTimeOffset"/> does; read their <see cref="DateTimeOffset.Offset"/> for the member's clock.</remarks>
/// <param name="WithinDaytime">Whether the slot lies within the preferred daytime on one local day for this member.</param>
public sealed record MemberLocalTime(
    ParticipantId Id,
    DateTimeOffset? LocalStart,
    DateTimeOffset? LocalEnd,
    SlotAttendance Attendance,
    bool WithinDaytime)
{
    /// <summary>The local day the slot starts, or <see langword="null"/> when the member has no time zone.</summary>
    public DayOfWeek? Day => LocalStart?.DayOfWeek;

    /// <summary>The local time the slot starts, or <see langword="null"/> when the member has no time zone.</summary>
    public TimeOnly? StartTime => LocalStart is { } start ? TimeOnly.FromTimeSpan(start.TimeOfDay) : null;
}
