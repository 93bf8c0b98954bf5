using MentorGroups.Groups;
using MentorGroups.Participants;
using MentorGroups.Policies;
using MentorGroups.Tests.Support;
using MentorGroups.Validation;

namespace MentorGroups.Tests.Groups;

public class MentoringGroupTests
{
    private static MentoringGroup Recommended(string[] mentors, string[] mentees) =>
        MentoringGroup.Create("G1", People.Ids(mentors), People.Ids(mentees), GroupSizePolicy.Recommended);

    [Fact]
    public void Create_KeepsMentorOrderAndSortsMentees()
    {
        var group = Recommended(["M2", "M1"], ["E3", "E1", "E2"]);

        Assert.Equal(new GroupId("G1"), group.Id);
        Assert.Equal(People.Ids("M2", "M1"), group.Mentors);
        Assert.Equal(People.Ids("E1", "E2", "E3"), group.Mentees);
        Assert.Equal(People.Ids("M2", "M1", "E1", "E2", "E3"), group.Members);
        Assert.Equal(new ParticipantId("M2"), group.LeadMentor);
        Assert.Equal(5, group.Size);
        Assert.Equal(1.5, group.MenteesPerMentor);
        Assert.Same(GroupSizePolicy.Recommended, group.Policy);
        Assert.Equal("G1: mentors [M2, M1], mentees [E1, E2, E3]", group.ToString());
    }

    [Fact]
    public void Create_PeerGroup_HasNoLeadAndNoRatio()
    {
        var group = MentoringGroup.Create("P1", [], People.Ids("E1", "E2", "E3"), GroupSizePolicy.PeerGroup);

        Assert.Null(group.LeadMentor);
        Assert.Null(group.MenteesPerMentor);
        Assert.Empty(group.Evaluate());
    }

    [Fact]
    public void Contains_FindsMentorsAndMenteesOnly()
    {
        var group = Recommended(["M1"], ["E1", "E2"]);

        Assert.True(group.Contains("M1"));
        Assert.True(group.Contains("E1")); // the first mentee in id order: found at index 0
        Assert.True(group.Contains("E2"));
        Assert.False(group.Contains("E9"));
    }

    [Fact]
    public void Create_MenteeTwice_ThrowsDuplicateMember()
    {
        var ex = Expect.Invalid(() => Recommended(["M1"], ["E2", "E1", "E2"]));

        Assert.Equal("Invalid group: 1 problem.\n- [group.duplicate-member] G1: E2 is in the group twice.", ex.Message);
    }

    [Fact]
    public void Create_MentorTwice_ThrowsDuplicateMember() =>
        Expect.Invalid(() => Recommended(["M1", "M1"], ["E1"])).WithSingle(ErrorCodes.DuplicateMember, "G1", "M1 is in the group twice.");

    [Fact]
    public void Create_SamePersonMentorAndMentee_ThrowsDuplicateMember() =>
        Expect.Invalid(() => Recommended(["P1"], ["E1", "P1"]))
            .WithSingle(ErrorCodes.DuplicateMember, "G1", "P1 cannot be both a mentor and a mentee in one group.");

    [Fact]
    public void Create_SeveralDuplicates_ReportsEachInIdOrderAndSkipsTheLimits()
    {
        // Eleven distinct mentees would break the hard maximum, but duplicates are reported alone first.
        var ex = Expect.Invalid(() => Recommended(["M1", "M2", "M3"], ["E9", "E9", "M1", "E1", "E2", "E3", "E4", "E5", "E6", "E7", "E8", "E10"]));

        Assert.Equal(
            "Invalid group: 2 problems.\n"
            + "- [group.duplicate-member] G1: E9 is in the group twice.\n"
            + "- [group.duplicate-member] G1: M1 cannot be both a mentor and a mentee in one group.",
            ex.Message);
    }

    [Fact]
    public void Create_DefaultIds_ThrowEmptyId()
    {
        var ex = Expect.Invalid(() => MentoringGroup.Create(default, [default], People.Ids("E1"), GroupSizePolicy.Recommended));

        Assert.Equal(
            "Invalid group: 2 problems.\n- [id.empty] A group id must not be empty.\n- [id.empty] A member id must not be empty.",
            ex.Message);
    }

    [Fact]
    public void Create_DefaultMenteeId_ThrowsEmptyIdForTheMember()
    {
        var ex = Expect.Invalid(() => MentoringGroup.Create("G1", People.Ids("M1"), [default], GroupSizePolicy.Recommended));

        Assert.Equal("Invalid group: 1 problem.\n- [id.empty] G1: A member id must not be empty.", ex.Message);
    }

    [Fact]
    public void Create_RatioAboveHardLimit_ThrowsHardLimitViolatedWithTheReason()
    {
        var ex = Expect.Invalid(() => Recommended(["M1"], ["E1", "E2", "E3", "E4", "E5", "E6"]));

        ex.WithSingle(ErrorCodes.HardLimitViolated, "G1",
            "The group has 6 mentees for 1 mentor(s) (6 per mentor); the maximum is 5 per mentor (hard limit): " + GroupSizePolicy.RatioRationale + ".");
    }

    [Fact]
    public void Create_SeveralHardLimitsBroken_ReportsEveryOne()
    {
        var ex = Expect.Invalid(() => MentoringGroup.Create("G1", People.Numbered("M", 3), People.Numbered("E", 11), GroupSizePolicy.Recommended));

        Assert.Equal(
            "Invalid group: 2 problems.\n"
            + "- [group.hard-limit] G1: The group has 3 mentors; the maximum is 2 (hard limit): group mentoring works with one or two mentors who facilitate together.\n"
            + "- [group.hard-limit] G1: The group has 11 mentees; the maximum is 10 (hard limit): large groups make the dynamics complex, compete for the mentor's attention and are hard to schedule.",
            ex.Message);
    }

    [Fact]
    public void Create_BreakingOnlyRecommendations_IsAcceptedWithWarnings()
    {
        var group = MentoringGroup.Create("G1", People.Ids("M1"), People.Numbered("E", 7), GroupSizePolicy.CommonForm);

        var finding = Assert.Single(group.Evaluate());
        Assert.Equal(FindingSeverity.Warning, finding.Severity);
        Assert.Equal(FindingCodes.RatioExceeded, finding.Code);
    }

    [Fact]
    public void Create_NullArguments_ThrowArgumentNullException()
    {
        Assert.Throws<ArgumentNullException>(() => MentoringGroup.Create("G1", null!, [], GroupSizePolicy.Recommended));
        Assert.Throws<ArgumentNullException>(() => MentoringGroup.Create("G1", [], null!, GroupSizePolicy.Recommended));
        Assert.Throws<ArgumentNullException>(() => MentoringGroup.Create("G1", [], [], null!));
    }

    [Fact]
    public void WithMentee_AddsInIdOrderAndLeavesTheOriginalAlone()
    {
        var before = Recommended(["M1"], ["E1", "E3"]);

        var after = before.WithMentee("E2");

        Assert.Equal(People.Ids("E1", "E2", "E3"), after.Mentees);
        Assert.Equal(People.Ids("E1", "E3"), before.Mentees);
    }

    [Fact]
    public void WithMentee_ExistingMember_ThrowsDuplicateMember()
    {
        var group = Recommended(["M1"], ["E1"]);

        Expect.Invalid(() => group.WithMentee("E1")).WithSingle(ErrorCodes.DuplicateMember, "G1", "E1 is in the group twice.");
        Expect.Invalid(() => group.WithMentee("M1")).WithSingle(ErrorCodes.DuplicateMember, "G1", "M1 cannot be both a mentor and a mentee in one group.");
    }

    [Fact]
    public void WithMentee_BeyondAHardLimit_ThrowsHardLimitViolated() =>
        Expect.Invalid(() => MentoringGroup.Create("G1", People.Ids("M1"), People.Numbered("E", 5), GroupSizePolicy.Recommended).WithMentee("E6"))
            .WithCodes(ErrorCodes.HardLimitViolated);

    [Fact]
    public void WithoutMentee_RemovesTheMentee() =>
        Assert.Equal(People.Ids("E1", "E3"), Recommended(["M1"], ["E1", "E2", "E3"]).WithoutMentee("E2").Mentees);

    [Fact]
    public void WithoutMentee_NotAMentee_ThrowsNotAMember()
    {
        var group = Recommended(["M1"], ["E1"]);

        Expect.Invalid(() => group.WithoutMentee("E9")).WithSingle(ErrorCodes.NotAMember, "G1", "E9 is not a mentee of this group.");
        Expect.Invalid(() => group.WithoutMentee("M1")).WithSingle(ErrorCodes.NotAMember, "G1", "M1 is not a mentee of this group.");
    }

    [Fact]
    public void WithoutMentee_LastMentee_ThrowsHardLimitViolated() =>
        Expect.Invalid(() => Recommended(["M1"], ["E1"]).WithoutMentee("E1"))
            .WithSingle(ErrorCodes.HardLimitViolated, "G1", "The group has 0 mentee(s); the minimum is 1 (hard limit): a group needs at least one mentee.");

    [Fact]
    public void WithMentor_AddsACoMentorAfterTheLead()
    {
        var group = Recommended(["M1"], ["E1"]).WithMentor("M0");

        Assert.Equal(People.Ids("M1", "M0"), group.Mentors);
        Assert.Equal(new ParticipantId("M1"), group.LeadMentor);
    }

    [Fact]
    public void WithMentor_ThirdMentor_ThrowsHardLimitViolated() =>
        Expect.Invalid(() => Recommended(["M1", "M2"], ["E1"]).WithMentor("M3")).WithCodes(ErrorCodes.HardLimitViolated);

    [Fact]
    public void WithMentor_AMentee_ThrowsDuplicateMember() =>
        Expect.Invalid(() => Recommended(["M1"], ["E1"]).WithMentor("E1"))
            .WithSingle(ErrorCodes.DuplicateMember, "G1", "E1 cannot be both a mentor and a mentee in one group.");

    [Fact]
    public void WithoutMentor_RemovingTheLead_MakesTheCoMentorLead()
    {
        var group = Recommended(["M1", "M2"], ["E1"]).WithoutMentor("M1");

        Assert.Equal(new ParticipantId("M2"), group.LeadMentor);
        Assert.Equal(People.Ids("M2"), group.Mentors);
    }

    [Fact]
    public void WithoutMentor_NotAMentor_ThrowsNotAMember() =>
        Expect.Invalid(() => Recommended(["M1", "M2"], ["E1"]).WithoutMentor("E1"))
            .WithSingle(ErrorCodes.NotAMember, "G1", "E1 is not a mentor of this group.");

    [Fact]
    public void WithoutMentor_LeavingTooManyMenteesPerMentor_ThrowsHardLimitViolated()
    {
        var group = MentoringGroup.Create("G1", People.Ids("M1", "M2"), People.Numbered("E", 8), GroupSizePolicy.Recommended);

        var ex = Expect.Invalid(() => group.WithoutMentor("M2"));

        ex.WithSingle(ErrorCodes.HardLimitViolated, "G1",
            "The group has 8 mentees for 1 mentor(s) (8 per mentor); the maximum is 5 per mentor (hard limit): " + GroupSizePolicy.RatioRationale + ".");
    }

    [Fact]
    public void WithoutMentor_OnlyMentor_ThrowsHardLimitViolated() =>
        Expect.Invalid(() => Recommended(["M1"], ["E1"]).WithoutMentor("M1"))
            .WithSingle(ErrorCodes.HardLimitViolated, "G1", "The group has 0 mentor(s); the minimum is 1 (hard limit): a mentored group needs a mentor to facilitate.");

    [Fact]
    public void MenteesPerMentor_IsMenteesOverMentors() =>
        Assert.Equal(2.5, Recommended(["M1", "M2"], ["E1", "E2", "E3", "E4", "E5"]).MenteesPerMentor);

    [Fact]
    public void Equals_SameMembersGivenInAnyMenteeOrder_AreEqual()
    {
        var a = Recommended(["M1", "M2"], ["E2", "E1"]);
        var b = Recommended(["M1", "M2"], ["E1", "E2"]);

        Assert.Equal(a, b);
        Assert.True(a.Equals((object)b));
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
    }

    [Fact]
    public void Equals_AnyPartDiffers_AreNotEqual()
    {
        var a = Recommended(["M1", "M2"], ["E1", "E2"]);

        Assert.NotEqual(a, Recommended(["M2", "M1"], ["E1", "E2"]));
        Assert.NotEqual(a, Recommended(["M1", "M2"], ["E1", "E3"]));
        Assert.NotEqual(a, MentoringGroup.Create("G2", People.Ids("M1", "M2"), People.Ids("E1", "E2"), GroupSizePolicy.Recommended));
        Assert.NotEqual(a, MentoringGroup.Create("G1", People.Ids("M1", "M2"), People.Ids("E1", "E2"), GroupSizePolicy.CommonForm));
        Assert.False(a.Equals(null));
        Assert.False(a.Equals((object)"G1"));
    }
}
