using MentorGroups.Participants;

namespace MentorGroups.Scheduling;

/// <summary>
/// What <see cref="MeetingSlotFinder"/> found for one group: whether everyone can meet, the ranked slots, and who
/// gave no availability.
/// </summary>
public sealed class MeetingSlotResult
{
    internal MeetingSlotResult(
        DateOnly referenceWeek,
        int slotLengthMinutes,
        int consideredMemberCount,
        int mostAttendees,
        int qualifyingStartCount,
        IReadOnlyList<MeetingSlot> slots,
        IReadOnlyList<ParticipantId> membersWithoutAvailability)
    {
        ReferenceWeek = referenceWeek;
        SlotLengthMinutes = slotLengthMinutes;
        ConsideredMemberCount = consideredMemberCount;
        MostAttendees = mostAttendees;
        QualifyingStartCount = qualifyingStartCount;
        Slots = slots;
        MembersWithoutAvailability = membersWithoutAvailability;
    }

    /// <summary>The Monday of the week planned in; slots start from 00:00 UTC that day, for seven days.</summary>
    public DateOnly ReferenceWeek { get; }

    /// <summary>The meeting length searched for, in minutes.</summary>
    public int SlotLengthMinutes { get; }

    /// <summary>Members who gave availability; only they can block a slot.</summary>
    public int ConsideredMemberCount { get; }

    /// <summary>
    /// Whether there is a slot that every member who gave availability can attend. <see langword="false"/> when
    /// nobody gave availability: there is nothing to plan with.
    /// </summary>
    public bool HasCommonSlot => ConsideredMemberCount > 0 && MostAttendees == ConsideredMemberCount;

    /// <summary>The most members who gave availability that any one slot of the week lets attend; 0 when no slot suits anyone.</summary>
    public int MostAttendees { get; }

    /// <summary>
    /// How many starts (one per step of the week) let <see cref="MostAttendees"/> members attend. More starts mean
    /// more room to plan; 0 when <see cref="MostAttendees"/> is 0.
    /// </summary>
    public int QualifyingStartCount { get; }

    /// <summary>
    /// The best slots, best first, at most the finder's maximum. When <see cref="HasCommonSlot"/>, each suits every
    /// member who gave availability; otherwise each suits <see cref="MostAttendees"/> of them and names who cannot attend.
    /// </summary>
    public IReadOnlyList<MeetingSlot> Slots { get; }

    /// <summary>Members who gave no availability, in id order: they never block a slot, so ask them before booking.</summary>
    public IReadOnlyList<ParticipantId> MembersWithoutAvailability { get; }
}
