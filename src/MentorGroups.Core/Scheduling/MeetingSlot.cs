using MentorGroups.Participants;

namespace MentorGroups.Scheduling;

/// <summary>
/// One proposed meeting time: when it starts in UTC, how long it lasts, who can and cannot attend, and how it reads
/// in each member's own time zone.
/// </summary>
/// <remarks>
/// A slot is the best start inside a <em>window</em>: the longest stretch around it in which exactly the same members
/// are free. <see cref="WindowStartUtc"/> to <see cref="WindowEndUtc"/> tells a coordinator how far the meeting could
/// move without losing anyone.
/// </remarks>
public sealed class MeetingSlot
{
    internal MeetingSlot(
        DateTimeOffset startUtc,
        int lengthMinutes,
        DateTimeOffset windowStartUtc,
        DateTimeOffset windowEndUtc,
        IReadOnlyList<ParticipantId> attendees,
        IReadOnlyList<ParticipantId> cannotAttend,
        int daytimeAttendeeCount,
        IReadOnlyList<MemberLocalTime> localTimes)
    {
        StartUtc = startUtc;
        LengthMinutes = lengthMinutes;
        WindowStartUtc = windowStartUtc;
        WindowEndUtc = windowEndUtc;
        Attendees = attendees;
        CannotAttend = cannotAttend;
        DaytimeAttendeeCount = daytimeAttendeeCount;
        LocalTimes = localTimes;
    }

    /// <summary>Start, in UTC (offset zero), inside the reference week.</summary>
    public DateTimeOffset StartUtc { get; }

    /// <summary>Length in minutes.</summary>
    public int LengthMinutes { get; }

    /// <summary>End, in UTC; may fall in the week after the reference week.</summary>
    public DateTimeOffset EndUtc => StartUtc.AddMinutes(LengthMinutes);

    /// <summary>Start of the window the slot lies in (UTC): the earliest start with the same attendees, in steps.</summary>
    public DateTimeOffset WindowStartUtc { get; }

    /// <summary>End of the window the slot lies in (UTC): the latest end with the same attendees.</summary>
    public DateTimeOffset WindowEndUtc { get; }

    /// <summary>Length of the window in minutes; at least <see cref="LengthMinutes"/>.</summary>
    public int WindowMinutes => (int)(WindowEndUtc - WindowStartUtc).TotalMinutes;

    /// <summary>Members who gave availability and can attend, in id order.</summary>
    public IReadOnlyList<ParticipantId> Attendees { get; }

    /// <summary>Members who gave availability and cannot attend, in id order; empty when everyone can.</summary>
    public IReadOnlyList<ParticipantId> CannotAttend { get; }

    /// <summary>Whether every member who gave availability can attend.</summary>
    public bool EveryoneCanAttend => CannotAttend.Count == 0;

    /// <summary>How many attendees have the slot wholly inside their local daytime.</summary>
    public int DaytimeAttendeeCount { get; }

    /// <summary>How the slot reads for each member of the group (also those without availability), in id order.</summary>
    public IReadOnlyList<MemberLocalTime> LocalTimes { get; }

    /// <summary>Start and length in UTC, and the number of people who cannot attend; ids stay out of the text.</summary>
    /// <returns>The summary.</returns>
    public override string ToString() =>
        FormattableString.Invariant($"{StartUtc.UtcDateTime:yyyy-MM-dd ddd HH:mm} UTC, {LengthMinutes} min, {Attendees.Count} can attend, {CannotAttend.Count} cannot");
}
