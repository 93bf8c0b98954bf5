namespace MentorGroups.Scheduling;

/// <summary>Whether one member can attend one meeting slot.</summary>
public enum SlotAttendance
{
    /// <summary>The slot lies wholly inside the member's availability.</summary>
    CanAttend,

    /// <summary>The slot does not lie wholly inside the member's availability.</summary>
    CannotAttend,

    /// <summary>The member gave no availability, so nobody knows; they did not shape the slot.</summary>
    Unknown,
}
