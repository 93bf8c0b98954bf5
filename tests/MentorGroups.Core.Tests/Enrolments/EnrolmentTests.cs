using MentorGroups.Enrolments;
using MentorGroups.Participants;
using MentorGroups.Tests.Support;
using MentorGroups.Validation;

namespace MentorGroups.Tests.Enrolments;

public class EnrolmentTests
{
    private static readonly Participant Person = Participant.Builder("E1").WithLearningGoals("Leadership", "coaching").Build();

    [Fact]
    public void AsMentor_KeepsTheCapacity()
    {
        var enrolment = Enrolment.AsMentor(Person, 5);

        Assert.Same(Person, enrolment.Participant);
        Assert.Equal(new ParticipantId("E1"), enrolment.Id);
        Assert.Equal(ProgrammeRole.Mentor, enrolment.Role);
        Assert.True(enrolment.IsMentor);
        Assert.Equal(5, enrolment.Capacity);
        Assert.True(enrolment.IndividualGoals.IsEmpty);
        Assert.True(enrolment.Goals.IsEmpty);
        Assert.Equal("E1 (Mentor, capacity 5)", enrolment.ToString());
    }

    [Fact]
    public void AsMentor_ZeroCapacity_IsAccepted() => Assert.Equal(0, Enrolment.AsMentor(Person, 0).Capacity);

    [Fact]
    public void AsCoMentor_IsAMentor()
    {
        var enrolment = Enrolment.AsCoMentor(Person, 3);

        Assert.Equal(ProgrammeRole.CoMentor, enrolment.Role);
        Assert.True(enrolment.IsMentor);
        Assert.Equal("E1 (CoMentor, capacity 3)", enrolment.ToString());
    }

    [Theory]
    [InlineData(ProgrammeRole.Mentor)]
    [InlineData(ProgrammeRole.CoMentor)]
    public void Create_NegativeCapacity_ThrowsNegativeCapacity(ProgrammeRole role)
    {
        var ex = Expect.Invalid(() => Enrolment.Create(Person, role, -1, null));

        Assert.Equal("Invalid enrolment: 1 problem.\n- [enrolment.capacity-negative] E1: Capacity must be zero or more; got -1.", ex.Message);
    }

    [Fact]
    public void AsMentor_NegativeCapacity_ThrowsNegativeCapacity() =>
        Expect.Invalid(() => Enrolment.AsMentor(Person, -2)).WithCodes(ErrorCodes.NegativeCapacity);

    [Fact]
    public void AsMentee_GoalsCombineProfileAndIndividualGoals()
    {
        var enrolment = Enrolment.AsMentee(Person, "Negotiation", "leadership ");

        Assert.Equal(ProgrammeRole.Mentee, enrolment.Role);
        Assert.False(enrolment.IsMentor);
        Assert.Equal(0, enrolment.Capacity);
        Assert.Equal(["leadership", "negotiation"], enrolment.IndividualGoals);
        Assert.Equal(["coaching", "leadership", "negotiation"], enrolment.Goals);
        Assert.Equal("E1 (Mentee)", enrolment.ToString());
    }

    [Fact]
    public void AsMentee_NoIndividualGoals_UsesTheProfileGoals() =>
        Assert.Equal(["coaching", "leadership"], Enrolment.AsMentee(Person).Goals);

    [Fact]
    public void AsMentee_EmptyGoal_ThrowsEmptyTag() =>
        Expect.Invalid(() => Enrolment.AsMentee(Person, "sales", " ")).WithSingle(ErrorCodes.EmptyTag, null, "Tag 2 is empty.");

    [Fact]
    public void Create_MenteeWithCapacity_ThrowsCapacityForMentee() =>
        Expect.Invalid(() => Enrolment.Create(Person, ProgrammeRole.Mentee, 3, null))
            .WithSingle(ErrorCodes.CapacityForMentee, "E1", "A mentee takes no mentees, so has no capacity.");

    [Fact]
    public void Create_MenteeWithNegativeCapacity_ReportsTheNegativeCapacity() =>
        Expect.Invalid(() => Enrolment.Create(Person, ProgrammeRole.Mentee, -1, null)).WithCodes(ErrorCodes.NegativeCapacity);

    [Fact]
    public void Create_EveryProblem_ReportedAtOnce()
    {
        var ex = Expect.Invalid(() => Enrolment.Create(Person, (ProgrammeRole)7, -4, ["", "ok"]));

        Assert.Equal(
            "Invalid enrolment: 3 problems.\n"
            + "- [matching.out-of-range] E1: Role 7 is not a known programme role.\n"
            + "- [enrolment.capacity-negative] E1: Capacity must be zero or more; got -4.\n"
            + "- [tag.empty] Tag 1 is empty.",
            ex.Message);
    }

    [Fact]
    public void Create_NullParticipant_ThrowsArgumentNullException() =>
        Assert.Throws<ArgumentNullException>(() => Enrolment.Create(null!, ProgrammeRole.Mentor, 1, null));
}
