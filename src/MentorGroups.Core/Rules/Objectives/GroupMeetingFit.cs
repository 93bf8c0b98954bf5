using MentorGroups.Matching;

namespace MentorGroups.Rules.Objectives;

/// <summary>
/// Whether a group can meet, read from each member's weekly availability in the request's reference week
/// (<see cref="MatchingRequest.MeetingSlots"/>): how many members gave availability, how many meeting starts suit all of
/// them, and the most of them any one meeting can gather. Members without availability never block. The figures agree
/// with <see cref="Scheduling.MeetingSlotFinder"/> run on the group.
/// </summary>
/// <param name="MembersWithAvailability">Members (mentors and mentees) who gave availability.</param>
/// <param name="CommonStarts">Starts of the week (one per step) at which every member with availability can attend a whole meeting.</param>
/// <param name="MostAttendees">The most members with availability that one meeting of the week lets attend.</param>
public readonly record struct GroupMeetingFit(int MembersWithAvailability, int CommonStarts, int MostAttendees)
{
    /// <summary>Whether at least one member gave availability and a meeting suits everyone who did.</summary>
    public bool HasCommonSlot => MembersWithAvailability > 0 && CommonStarts > 0;

    /// <summary>Whether nobody gave availability, so nothing is known.</summary>
    public bool IsUnknown => MembersWithAvailability == 0;
}
