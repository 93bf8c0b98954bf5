namespace MentorGroups.Programmes;

/// <summary>How a programme brings people together.</summary>
public enum ProgrammeFormat
{
    /// <summary>One mentor with one mentee.</summary>
    OneToOne,

    /// <summary>One or two mentors with a group of mentees who share a broad learning goal.</summary>
    Group,

    /// <summary>Mentees in groups without a mentor, learning from each other.</summary>
    PeerGroup,
}
