using MentorGroups.Enrolments;
using MentorGroups.Participants;
using MentorGroups.Policies;
using MentorGroups.Programmes;

namespace MentorGroups.PackageConsumer;

/// <summary>A made-up graduate programme: two mentors with room for four mentees each, and six mentees.</summary>
internal static class SmallProgramme
{
    public const int MenteeCount = 6;

    public static Programme Programme { get; } = Programme.Builder("consumer-2026", "Package consumer check")
        .WithPurpose("Prove that the installed packages work together.")
        .WithSharedLearningGoal("From student to first full-time job", "career start")
        .WithFormat(ProgrammeFormat.Group)
        .RunningFrom(new DateOnly(2026, 1, 5), new DateOnly(2026, 6, 26))
        .WithSizePolicy(GroupSizePolicy.Recommended)
        .Build()
        .TransitionTo(ProgrammeStatus.Enrolling);

    public static IReadOnlyList<Enrolment> Enrolments { get; } = CreateEnrolments();

    private static List<Enrolment> CreateEnrolments()
    {
        var enrolments = new List<Enrolment>
        {
            Enrolment.AsMentor(Person("M1", "Tue 15:00-17:00").WithExpertise("career start").Build(), capacity: 4),
            Enrolment.AsMentor(Person("M2", "Thu 09:00-11:00").WithExpertise("negotiation").Build(), capacity: 4),
        };
        for (var i = 1; i <= MenteeCount; i++)
        {
            var builder = Person($"E{i}", i % 2 == 0 ? "Thu 09:00-10:30" : "Tue 15:00-16:30")
                .WithLearningGoals(i % 2 == 0 ? "negotiation" : "career start");
            enrolments.Add(Enrolment.AsMentee(builder.Build()));
        }

        return enrolments;
    }

    private static ParticipantBuilder Person(string id, string availability) =>
        Participant.Builder(id).InTimeZone("Europe/Copenhagen").AvailableAt(availability);
}
