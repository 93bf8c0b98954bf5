using MentorGroups.Enrolments;
using MentorGroups.Participants;
using MentorGroups.Tests.Support;
using MentorGroups.Validation;

namespace MentorGroups.Tests.Enrolments;

public class RosterTests
{
    private static readonly Participant Ada = People.Participant("E3");
    private static readonly Participant Bo = People.Participant("E1");
    private static readonly Participant Cy = People.Participant("E2");
    private static readonly Participant Di = People.Participant("E4");

    [Fact]
    public void Create_KeepsEveryoneInOrdinalIdOrder()
    {
        var roster = Roster.Create([Enrolment.AsMentee(Ada), Enrolment.AsMentor(Bo, 4), Enrolment.AsCoMentor(Di, 2), Enrolment.AsMentee(Cy)]);

        Assert.Equal(4, roster.Count);
        Assert.Equal(People.Ids("E1", "E2", "E3", "E4"), roster.Select(e => e.Id));
        Assert.Equal(new ParticipantId("E2"), roster[1].Id);
        Assert.Equal(People.Ids("E1", "E4"), roster.Mentors.Select(e => e.Id));
        Assert.Equal(People.Ids("E2", "E3"), roster.Mentees.Select(e => e.Id));
        Assert.Equal(6, roster.TotalCapacity);
        Assert.Equal(4, ((System.Collections.IEnumerable)roster).Cast<object>().Count());
    }

    [Fact]
    public void Create_Empty_IsAnEmptyRoster()
    {
        var roster = Roster.Create([]);

        Assert.Empty(roster);
        Assert.Equal(0, roster.TotalCapacity);
    }

    [Fact]
    public void TotalCapacity_TwoMentorsOfCapacityIntMaxValue_IsTheirExactSum()
    {
        var roster = Roster.Create([Enrolment.AsMentor(Bo, int.MaxValue), Enrolment.AsCoMentor(Di, int.MaxValue), Enrolment.AsMentee(Ada)]);

        Assert.Equal(2L * int.MaxValue, roster.TotalCapacity);
    }

    [Fact]
    public void TryGet_FindsEnrolledPeopleOnly()
    {
        var roster = Roster.Create([Enrolment.AsMentor(Bo, 4)]);

        Assert.True(roster.TryGet("E1", out var found));
        Assert.Equal(ProgrammeRole.Mentor, found.Role);
        Assert.False(roster.TryGet("E9", out var missing));
        Assert.Null(missing);
    }

    [Fact]
    public void Create_PersonEnrolledTwice_ThrowsDuplicateEnrolment()
    {
        var ex = Expect.Invalid(() => Roster.Create([Enrolment.AsMentor(Bo, 4), Enrolment.AsMentee(Cy), Enrolment.AsMentee(Bo)]));

        Assert.Equal(
            "Invalid roster: 1 problem.\n- [enrolment.duplicate] E1: E1 is enrolled 2 times (Mentor and Mentee); a person holds one role per programme.",
            ex.Message);
    }

    [Fact]
    public void Create_SeveralPeopleEnrolledTwice_ReportsEachOnceInIdOrder()
    {
        var ex = Expect.Invalid(() => Roster.Create(
            [Enrolment.AsMentee(Cy), Enrolment.AsMentee(Bo), Enrolment.AsMentee(Cy), Enrolment.AsCoMentor(Bo, 1), Enrolment.AsMentor(Cy, 1)]));

        Assert.Equal(["E1", "E2"], ex.Errors.Select(e => e.Target));
        Assert.Equal("E2 is enrolled 3 times (Mentee and Mentee and Mentor); a person holds one role per programme.", ex.Errors[1].Message);
        ex.WithCodes(ErrorCodes.DuplicateEnrolment, ErrorCodes.DuplicateEnrolment);
    }

    [Fact]
    public void Create_NullEnrolment_ThrowsRequired() =>
        Expect.Invalid(() => Roster.Create([Enrolment.AsMentee(Ada), null!]))
            .WithSingle(ErrorCodes.Required, null, "An enrolment is missing (null).");

    [Fact]
    public void Create_NullList_ThrowsArgumentNullException() =>
        Assert.Throws<ArgumentNullException>(() => Roster.Create(null!));

    [Fact]
    public void Create_MentorInOneProgramme_CanBeMenteeInAnother()
    {
        var leadership = Roster.Create([Enrolment.AsMentor(Ada, 5), Enrolment.AsMentee(Bo)]);
        var dataScience = Roster.Create([Enrolment.AsMentor(Cy, 5), Enrolment.AsMentee(Ada, "data analysis")]);

        Assert.True(leadership.TryGet(Ada.Id, out var asMentor));
        Assert.True(dataScience.TryGet(Ada.Id, out var asMentee));
        Assert.Equal(ProgrammeRole.Mentor, asMentor.Role);
        Assert.Equal(ProgrammeRole.Mentee, asMentee.Role);
        Assert.Same(asMentor.Participant, asMentee.Participant);
    }
}
