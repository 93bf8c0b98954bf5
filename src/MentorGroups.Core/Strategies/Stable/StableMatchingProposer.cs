namespace MentorGroups.Strategies.Stable;

/// <summary>
/// Which side makes the offers in deferred acceptance. Every stable matching places the same people, but the side that
/// proposes gets, person by person, the best partner it can have in any stable matching; the other side gets the worst.
/// </summary>
public enum StableMatchingProposer
{
    /// <summary>Mentees apply to mentor groups: the mentee-optimal stable matching (the usual choice).</summary>
    Mentees = 0,

    /// <summary>Mentor groups invite mentees: the mentor-optimal stable matching.</summary>
    Mentors = 1,
}
