namespace MentorGroups.Matching;

/// <summary>Why a mentee has no group.</summary>
public enum UnmatchedReason
{
    /// <summary>No mentor is compatible: every one is ruled out by a hard constraint (the explanation names which).</summary>
    NoCompatibleMentor,

    /// <summary>Compatible mentors exist, but their groups are full.</summary>
    CapacityExhausted,

    /// <summary>A compatible group had room, but joining it would put the mentee with someone they must not share a group with.</summary>
    ExcludedByConstraint,

    /// <summary>The mentee is pinned to a mentor whose group cannot take them (constraint or capacity).</summary>
    PinNotHonoured,

    /// <summary>The group the mentee would have joined stayed below the policy's hard minimum and was not formed.</summary>
    GroupBelowMinimum,

    /// <summary>The strategy left the mentee out although a compatible group had room (a trade-off of its objective).</summary>
    NotChosen,

    /// <summary>The programme has no mentor at all.</summary>
    NoMentors,

    /// <summary>Every compatible group with room would break a group requirement of the request (such as a common meeting slot) with the mentee in it.</summary>
    GroupRequirementNotMet,
}
