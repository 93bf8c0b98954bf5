namespace MentorGroups.Programmes;

/// <summary>Where a programme is in its lifecycle. <see cref="ProgrammeLifecycle"/> says which moves are legal.</summary>
public enum ProgrammeStatus
{
    /// <summary>Being designed; nobody enrolled yet.</summary>
    Draft,

    /// <summary>Open for mentors and mentees to enrol.</summary>
    Enrolling,

    /// <summary>Enrolment closed; groups are being formed.</summary>
    Matching,

    /// <summary>Groups meet.</summary>
    Running,

    /// <summary>Finished.</summary>
    Completed,

    /// <summary>Stopped before completion.</summary>
    Cancelled,
}
