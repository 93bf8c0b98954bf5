using MentorGroups.Matching;

namespace MentorGroups.Rules.Objectives;

/// <summary>
/// Whether a group can meet, read from each member's weekly availability in the request's reference week
/// (<see cref="MatchingRequest.MeetingSlots"/>): how many members gave availability, how many meeting starts suit all of
/// them, and the most of them any one meeting can gather. Members without availability never block. The figures agree
/// with <see cref="Scheduling.MeetingSlotFinder"/> run on the group.
/// </summary>
/// <remarks>The engine computes these; build one yourself to test a group objective or requirement.</remarks>
public readonly struct GroupMeetingFit
{
    /// <summary>Creates the figures.</summary>
    /// <param name="membersWithAvailability">Members (mentors and mentees) who gave availability.</param>
    /// <param name="commonStarts">Starts of the week at which every member with availability can attend a whole meeting.</param>
    /// <param name="mostAttendees">The most members with availability that one meeting of the week lets attend.</param>
    public GroupMeetingFit(int membersWithAvailability, int commonStarts, int mostAttendees)
    {
        MembersWithAvailability = membersWithAvailability;
        CommonStarts = commonStarts;
        MostAttendees = mostAttendees;
    }

    /// <summary>Members (mentors and mentees) who gave availability.</summary>
    public int MembersWithAvailability { get; }

    /// <summary>Starts of the week (one per step) at which every member with availability can attend a whole meeting.</summary>
    public int CommonStarts { get; }

    /// <summary>The most members with availability that one meeting of the week lets attend.</summary>
    public int MostAttendees { get; }

    /// <summary>Whether at least one member gave availability and a meeting suits everyone who did.</summary>
    public bool HasCommonSlot => MembersWithAvailability > 0 && CommonStarts > 0;

    /// <summary>Whether nobody gave availability, so nothing is known.</summary>
    public bool IsUnknown => MembersWithAvailability == 0;
}
