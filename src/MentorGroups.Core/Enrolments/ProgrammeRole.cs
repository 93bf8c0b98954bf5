namespace MentorGroups.Enrolments;

/// <summary>The role a person holds in one programme. A person holds one role per programme, and may hold another elsewhere.</summary>
public enum ProgrammeRole
{
    /// <summary>Learns in a group, with a personal goal within the programme's shared goal.</summary>
    Mentee,

    /// <summary>Leads a group as learning partner and facilitator.</summary>
    Mentor,

    /// <summary>Facilitates alongside a lead mentor; joins a group as its second mentor, never leads one alone.</summary>
    CoMentor,
}
