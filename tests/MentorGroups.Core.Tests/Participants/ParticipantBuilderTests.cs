using MentorGroups.Participants;
using MentorGroups.Scheduling;
using MentorGroups.Tests.Support;
using MentorGroups.Validation;

namespace MentorGroups.Tests.Participants;

public class ParticipantBuilderTests
{
    [Fact]
    public void Build_IdOnly_GivesAnEmptyProfile()
    {
        var participant = new ParticipantBuilder("E1").Build();

        Assert.Equal(new ParticipantId("E1"), participant.Id);
        Assert.Null(participant.DisplayName);
        Assert.Equal(ParticipantProfile.Empty, participant.Profile);
        Assert.Null(participant.Profile.TimeZone);
        Assert.Null(participant.Profile.LineManagerId);
        Assert.Null(participant.Profile.SeniorityLevel);
        Assert.Same(WeeklyAvailability.None, participant.Profile.Availability);
    }

    [Fact]
    public void Build_FullProfile_KeepsEveryPartNormalised()
    {
        var participant = Participant.Builder("E1")
            .WithDisplayName("  Ada Example  ")
            .WithLearningGoals("Leadership ", "career  start")
            .WithLearningGoals("LEADERSHIP")
            .WithExpertise("Negotiation")
            .WithLanguages("EN", "da")
            .InOrganisationalUnit(" Finance ")
            .ReportingTo("M7")
            .AtSeniority(2)
            .InTimeZone(" Europe/Copenhagen ")
            .AvailableAt("Wed 14:00-16:00")
            .AvailableAt(WeeklyWindow.On(DayOfWeek.Monday, new TimeOnly(9, 0), new TimeOnly(11, 0)))
            .WithAttribute("site", "Aarhus")
            .WithAttribute("cohort", null)
            .Build();

        var profile = participant.Profile;
        Assert.Equal("Ada Example", participant.DisplayName);
        Assert.Equal(["career start", "leadership"], profile.LearningGoals);
        Assert.Equal(["negotiation"], profile.Expertise);
        Assert.Equal(["da", "en"], profile.Languages);
        Assert.Equal("Finance", profile.OrganisationalUnit);
        Assert.Equal(new ParticipantId("M7"), profile.LineManagerId);
        Assert.Equal(2, profile.SeniorityLevel);
        Assert.Equal("Europe/Copenhagen", profile.TimeZone?.Id);
        Assert.Equal("Mon 09:00-11:00; Wed 14:00-16:00", profile.Availability.ToString());
        Assert.Equal(["cohort", "site"], profile.Attributes.Keys);
        Assert.Equal(string.Empty, profile.Attributes["cohort"]);
        Assert.Equal("Aarhus", profile.Attributes["site"]);
    }

    [Fact]
    public void Build_BlankOptionalTexts_AreTreatedAsNotGiven()
    {
        var participant = Participant.Builder("E1")
            .WithDisplayName("  ")
            .InOrganisationalUnit("")
            .ReportingTo(" ")
            .InTimeZone("\t")
            .AvailableAt((string?)" ")
            .AtSeniority(null)
            .Build();

        Assert.Null(participant.DisplayName);
        Assert.Equal(ParticipantProfile.Empty, participant.Profile);
    }

    [Fact]
    public void WithLists_Null_ThrowNamingTheParameter()
    {
        var builder = Participant.Builder("E1");

        Assert.Throws<ArgumentNullException>("goals", () => builder.WithLearningGoals((IEnumerable<string>)null!));
        Assert.Throws<ArgumentNullException>("expertise", () => builder.WithExpertise((IEnumerable<string>)null!));
        Assert.Throws<ArgumentNullException>("languages", () => builder.WithLanguages((IEnumerable<string>)null!));
        Assert.Throws<ArgumentNullException>("windows", () => builder.AvailableAt((IEnumerable<WeeklyWindow>)null!));
        Assert.Equal(ParticipantProfile.Empty, builder.Build().Profile);
    }

    [Fact]
    public void WithAttribute_NullKey_ThrowsNamingTheParameter()
    {
        var builder = Participant.Builder("E1");

        Assert.Throws<ArgumentNullException>("key", () => builder.WithAttribute(null!, "x"));
        Assert.Empty(builder.Build().Profile.Attributes);
    }

    [Fact]
    public void Build_SeniorityZero_IsAccepted() =>
        Assert.Equal(0, Participant.Builder("E1").AtSeniority(0).Build().Profile.SeniorityLevel);

    [Fact]
    public void Build_EveryProblem_ReportedAtOnceInOneException()
    {
        var builder = Participant.Builder("E1")
            .WithLearningGoals("leadership", " ")
            .WithExpertise("")
            .WithLanguages("en", "", "da")
            .ReportingTo("E1")
            .AtSeniority(-1)
            .InTimeZone("Mars/Olympus_Mons")
            .AvailableAt("Someday 09:00-10:00; Mon 11:00-09:00")
            .AvailableAt(
                WeeklyWindow.On(DayOfWeek.Tuesday, new TimeOnly(9, 0), new TimeOnly(11, 0)),
                WeeklyWindow.On(DayOfWeek.Tuesday, new TimeOnly(10, 0), new TimeOnly(12, 0)))
            .WithAttribute(" ", "x")
            .WithAttribute("site", "a")
            .WithAttribute("site", "b");

        var ex = Expect.Invalid(builder.Build);

        Assert.Equal(
            "Invalid participant: 11 problems.\n"
            + "- [tag.empty] E1: learning goals: Tag 2 is empty.\n"
            + "- [tag.empty] E1: expertise: Tag 1 is empty.\n"
            + "- [tag.empty] E1: languages: Tag 2 is empty.\n"
            + "- [participant.self-managed] E1: A participant cannot be their own line manager.\n"
            + "- [participant.seniority-negative] E1: Seniority level must be zero or more; got -1.\n"
            + "- [participant.time-zone-unknown] E1: Time zone 'Mars/Olympus_Mons' is not known; use an IANA id such as 'Europe/Copenhagen'.\n"
            + "- [availability.unreadable] E1: Cannot read 'Someday 09:00-10:00': 'Someday' is not a day of the week.\n"
            + "- [availability.window-inverted] E1: The window on Monday ends at 09:00, not after its start 11:00; use a window spanning two days to cross midnight.\n"
            + "- [availability.windows-overlap] E1: The windows Tue 09:00-11:00 and Tue 10:00-12:00 overlap.\n"
            + "- [participant.attribute-key-empty] E1: An attribute key must not be empty.\n"
            + "- [id.duplicate] E1: Attribute 'site' is given twice.",
            ex.Message);
        Assert.Equal(
            [
                ErrorCodes.EmptyTag, ErrorCodes.SelfManaged, ErrorCodes.NegativeSeniority, ErrorCodes.UnknownTimeZone,
                ErrorCodes.UnreadableAvailability, ErrorCodes.InvertedWindow, ErrorCodes.OverlappingWindows,
                ErrorCodes.EmptyAttributeKey, ErrorCodes.DuplicateId,
            ],
            ex.Codes);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public void Build_EmptyId_ReportedWithoutTargetAlongsideOtherProblems(string? id)
    {
        var ex = Expect.Invalid(new ParticipantBuilder(id!).WithLearningGoals("").AtSeniority(-3).Build);

        Assert.Equal(
            "Invalid participant: 3 problems.\n"
            + "- [id.empty] A participant id must not be empty.\n"
            + "- [tag.empty] learning goals: Tag 1 is empty.\n"
            + "- [participant.seniority-negative] Seniority level must be zero or more; got -3.",
            ex.Message);
    }

    [Fact]
    public void Build_AvailabilityTextAndWindowsOverlapping_ReportsTheOverlap()
    {
        var ex = Expect.Invalid(Participant.Builder("E1")
            .AvailableAt("Mon 09:00-11:00")
            .AvailableAt(WeeklyWindow.On(DayOfWeek.Monday, new TimeOnly(10, 30), new TimeOnly(12, 0)))
            .Build);

        ex.WithSingle(ErrorCodes.OverlappingWindows, "E1", "The windows Mon 09:00-11:00 and Mon 10:30-12:00 overlap.");
    }

    [Fact]
    public void Build_ManagerWithOtherCase_IsNotSelfManaged() =>
        Assert.Equal(new ParticipantId("e1"), Participant.Builder("E1").ReportingTo("e1").Build().Profile.LineManagerId);

    [Theory]
    [InlineData("Europe/Copenhagen")]
    [InlineData("America/New_York")]
    [InlineData("Asia/Tokyo")]
    [InlineData("UTC")]
    public void TryFindTimeZone_KnownIanaId_FindsIt(string id)
    {
        Assert.True(ParticipantBuilder.TryFindTimeZone(id, out var zone));
        Assert.NotNull(zone);
    }

    [Theory]
    [InlineData("Mars/Olympus_Mons")]
    [InlineData("")]
    public void TryFindTimeZone_UnknownId_ReturnsFalse(string id)
    {
        Assert.False(ParticipantBuilder.TryFindTimeZone(id, out var zone));
        Assert.Null(zone);
    }
}
