using MentorGroups.Participants;
using MentorGroups.Validation;

namespace MentorGroups.Enrolments;

/// <summary>
/// A person's place in one programme: their role, and for mentors how many mentees they will take, for mentees their
/// individual goals within the programme's shared goal.
/// </summary>
public sealed class Enrolment
{
    private Enrolment(Participant participant, ProgrammeRole role, int capacity, TagSet individualGoals)
    {
        Participant = participant;
        Role = role;
        Capacity = capacity;
        IndividualGoals = individualGoals;
        // Computed once: group objectives read the goals on every move a search tries.
        Goals = IsMentor ? TagSet.Empty : participant.Profile.LearningGoals.Union(individualGoals);
    }

    /// <summary>The person.</summary>
    public Participant Participant { get; }

    /// <summary>The person's id.</summary>
    public ParticipantId Id => Participant.Id;

    /// <summary>The role in this programme.</summary>
    public ProgrammeRole Role { get; }

    /// <summary>For mentors and co-mentors: the most mentees they will take. Zero for mentees.</summary>
    public int Capacity { get; }

    /// <summary>For mentees: goals for this programme, on top of the profile's learning goals.</summary>
    public TagSet IndividualGoals { get; }

    /// <summary>Whether the person mentors (lead or co-mentor).</summary>
    public bool IsMentor => Role is ProgrammeRole.Mentor or ProgrammeRole.CoMentor;

    /// <summary>Everything the mentee wants to learn here: profile goals and individual goals. Empty for mentors.</summary>
    public TagSet Goals { get; }

    /// <summary>Enrols a lead mentor.</summary>
    /// <param name="participant">The person.</param>
    /// <param name="capacity">The most mentees they will take; zero or more.</param>
    /// <returns>The enrolment.</returns>
    /// <exception cref="MentorGroupsValidationException"><paramref name="capacity"/> is negative (code <see cref="ErrorCodes.NegativeCapacity"/>).</exception>
    public static Enrolment AsMentor(Participant participant, int capacity) => Create(participant, ProgrammeRole.Mentor, capacity, null);

    /// <summary>Enrols a co-mentor, who joins a lead mentor's group and adds their capacity to it.</summary>
    /// <param name="participant">The person.</param>
    /// <param name="capacity">The most mentees they will share responsibility for; zero or more.</param>
    /// <returns>The enrolment.</returns>
    /// <exception cref="MentorGroupsValidationException"><paramref name="capacity"/> is negative (code <see cref="ErrorCodes.NegativeCapacity"/>).</exception>
    public static Enrolment AsCoMentor(Participant participant, int capacity) => Create(participant, ProgrammeRole.CoMentor, capacity, null);

    /// <summary>Enrols a mentee.</summary>
    /// <param name="participant">The person.</param>
    /// <param name="individualGoals">Goals for this programme.</param>
    /// <returns>The enrolment.</returns>
    /// <exception cref="MentorGroupsValidationException">A goal is empty (code <see cref="ErrorCodes.EmptyTag"/>).</exception>
    public static Enrolment AsMentee(Participant participant, params IEnumerable<string> individualGoals) =>
        Create(participant, ProgrammeRole.Mentee, 0, individualGoals ?? throw new ArgumentNullException(nameof(individualGoals)));

    /// <summary>Enrols a person in any role, checking everything at once.</summary>
    /// <param name="participant">The person.</param>
    /// <param name="role">The role.</param>
    /// <param name="capacity">For mentors: zero or more. For mentees: zero.</param>
    /// <param name="individualGoals">For mentees: goals for this programme.</param>
    /// <returns>The enrolment.</returns>
    /// <exception cref="MentorGroupsValidationException">
    /// Every problem: negative capacity (<see cref="ErrorCodes.NegativeCapacity"/>), a capacity for a mentee
    /// (<see cref="ErrorCodes.CapacityForMentee"/>), empty goals (<see cref="ErrorCodes.EmptyTag"/>), unknown role (<see cref="ErrorCodes.OutOfRange"/>).
    /// </exception>
    public static Enrolment Create(Participant participant, ProgrammeRole role, int capacity, IEnumerable<string>? individualGoals)
    {
        ArgumentNullException.ThrowIfNull(participant);
        var problems = new Problems();
        var target = participant.Id.Value;
        if (!Enum.IsDefined(role))
        {
            problems.Add(ErrorCodes.OutOfRange, $"Role {(int)role} is not a known programme role.", target);
        }

        if (capacity < 0)
        {
            problems.Add(ErrorCodes.NegativeCapacity, $"Capacity must be zero or more; got {capacity}.", target);
        }
        else if (role == ProgrammeRole.Mentee && capacity != 0)
        {
            problems.Add(ErrorCodes.CapacityForMentee, "A mentee takes no mentees, so has no capacity.", target);
        }

        var goals = problems.Capture(() => TagSet.From(individualGoals));
        problems.ThrowIfAny("enrolment");
        return new Enrolment(participant, role, capacity, goals!);
    }

    /// <summary>Id and role (no personal data).</summary>
    /// <returns>The text.</returns>
    public override string ToString() => IsMentor ? $"{Id} ({Role}, capacity {Capacity})" : $"{Id} ({Role})";
}
