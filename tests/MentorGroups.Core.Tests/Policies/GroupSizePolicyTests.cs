using MentorGroups.Groups;
using MentorGroups.Participants;
using MentorGroups.Policies;
using MentorGroups.Tests.Support;
using MentorGroups.Validation;

namespace MentorGroups.Tests.Policies;

public class GroupSizePolicyTests
{
    private static MentoringGroup Group(string id, int mentors, int mentees) =>
        MentoringGroup.Create(id, People.Numbered("M", mentors), People.Numbered("E", mentees), TestPolicies.Anything);

    private static void AssertLimit(SizeLimit limit, int value, LimitKind kind)
    {
        Assert.Equal(value, limit.Value);
        Assert.Equal(kind, limit.Kind);
        Assert.False(string.IsNullOrWhiteSpace(limit.Rationale));
    }

    [Fact]
    public void Recommended_IsTheSeedsAdviceAsHardLimits()
    {
        var policy = GroupSizePolicy.Recommended;

        AssertLimit(policy.MinMentors, 1, LimitKind.Hard);
        AssertLimit(policy.MaxMentors, 2, LimitKind.Hard);
        AssertLimit(policy.MinMentees, 1, LimitKind.Hard);
        AssertLimit(policy.MaxMentees, 10, LimitKind.Hard);
        AssertLimit(policy.MaxMenteesPerMentor, 5, LimitKind.Hard);
        Assert.Equal(GroupSizePolicy.RatioRationale, policy.MaxMenteesPerMentor.Rationale);
        Assert.True(policy.IsMentored);
    }

    [Fact]
    public void CommonForm_KeepsTheRangesButOnlyRecommendsTheMinimumAndTheRatio()
    {
        var policy = GroupSizePolicy.CommonForm;

        AssertLimit(policy.MinMentors, 1, LimitKind.Hard);
        AssertLimit(policy.MaxMentors, 2, LimitKind.Hard);
        AssertLimit(policy.MinMentees, 5, LimitKind.Recommendation);
        AssertLimit(policy.MaxMentees, 10, LimitKind.Hard);
        AssertLimit(policy.MaxMenteesPerMentor, 5, LimitKind.Recommendation);
        Assert.Equal(GroupSizePolicy.SmallGroupRationale, policy.MinMentees.Rationale);
        Assert.Equal(GroupSizePolicy.LargeGroupRationale, policy.MaxMentees.Rationale);
        Assert.Equal(GroupSizePolicy.MentorCountRationale, policy.MaxMentors.Rationale);
    }

    [Fact]
    public void OneToOne_IsExactlyOneAndOne()
    {
        var policy = GroupSizePolicy.OneToOne;

        foreach (var limit in new[] { policy.MinMentors, policy.MaxMentors, policy.MinMentees, policy.MaxMentees, policy.MaxMenteesPerMentor })
        {
            AssertLimit(limit, 1, LimitKind.Hard);
        }
    }

    [Fact]
    public void PeerGroup_HasNoMentorsAndUpToEightMentees()
    {
        var policy = GroupSizePolicy.PeerGroup;

        AssertLimit(policy.MinMentors, 0, LimitKind.Hard);
        AssertLimit(policy.MaxMentors, 0, LimitKind.Hard);
        AssertLimit(policy.MinMentees, 3, LimitKind.Recommendation);
        AssertLimit(policy.MaxMentees, 8, LimitKind.Hard);
        Assert.False(policy.IsMentored);
    }

    [Fact]
    public void Create_ConsistentLimits_KeepsThem()
    {
        var policy = GroupSizePolicy.Create(SizeLimit.Hard(1), SizeLimit.Hard(3), SizeLimit.Recommended(4, "why"), 12, SizeLimit.Recommended(4));

        Assert.Equal(SizeLimit.Hard(1), policy.MinMentors);
        Assert.Equal(SizeLimit.Hard(3), policy.MaxMentors);
        Assert.Equal(SizeLimit.Recommended(4, "why"), policy.MinMentees);
        Assert.Equal(SizeLimit.Hard(12), policy.MaxMentees);
        Assert.Equal(SizeLimit.Recommended(4), policy.MaxMenteesPerMentor);
    }

    [Fact]
    public void Create_SameLimits_AreEqualPolicies()
    {
        Assert.Equal(GroupSizePolicy.Create(1, 2, 1, 10, 5), GroupSizePolicy.Create(1, 2, 1, 10, 5));
        Assert.NotEqual(GroupSizePolicy.Create(1, 2, 1, 10, 5), GroupSizePolicy.Recommended);
        Assert.NotEqual(GroupSizePolicy.Create(1, 2, 1, 10, 5), GroupSizePolicy.Create(1, 2, 1, 10, SizeLimit.Recommended(5)));
    }

    [Fact]
    public void Create_EveryContradiction_ListedAtOnce()
    {
        var ex = Expect.Invalid(() => GroupSizePolicy.Create(-1, -2, -3, -4, -5));

        Assert.Equal(
            "Invalid group size policy: 8 problems.\n"
            + "- [policy.limit-out-of-range] minimum mentors: The minimum mentors must be zero or more; got -1.\n"
            + "- [policy.limit-out-of-range] maximum mentors: The maximum mentors must be zero or more; got -2.\n"
            + "- [policy.limit-out-of-range] minimum mentees: The minimum mentees must be zero or more; got -3.\n"
            + "- [policy.limit-out-of-range] maximum mentees: The maximum mentees must be zero or more; got -4.\n"
            + "- [policy.limit-out-of-range] maximum mentees per mentor: The maximum mentees per mentor must be zero or more; got -5.\n"
            + "- [policy.limit-out-of-range] maximum mentees: The maximum mentees must be at least 1; got -4.\n"
            + "- [policy.min-above-max] mentors: The minimum mentors (-1) is above the maximum (-2).\n"
            + "- [policy.min-above-max] mentees: The minimum mentees (-3) is above the maximum (-4).",
            ex.Message);
    }

    [Fact]
    public void Create_MinimumsAboveMaximumsAndUnreachableRatio_ListedAtOnce()
    {
        var ex = Expect.Invalid(() => GroupSizePolicy.Create(3, 2, 12, 11, 5));

        Assert.Equal(
            "Invalid group size policy: 3 problems.\n"
            + "- [policy.min-above-max] mentors: The minimum mentors (3) is above the maximum (2).\n"
            + "- [policy.min-above-max] mentees: The minimum mentees (12) is above the maximum (11).\n"
            + "- [policy.ratio-unsatisfiable] maximum mentees per mentor: No group can meet the policy: even 2 mentor(s) at 5 mentees each cannot reach the minimum of 12 mentees.",
            ex.Message);
    }

    [Fact]
    public void Create_NoMaximumMentees_ThrowsLimitOutOfRange() =>
        Expect.Invalid(() => GroupSizePolicy.Create(0, 0, 0, 0, 0))
            .WithSingle(ErrorCodes.LimitOutOfRange, "maximum mentees", "The maximum mentees must be at least 1; got 0.");

    [Fact]
    public void Create_NoMentorsAndZeroRatio_IsAPeerPolicy()
    {
        // The ratio only binds groups with mentors; a policy without any is valid with a ratio of zero.
        var policy = GroupSizePolicy.Create(0, 0, 2, 8, 0);

        Assert.False(policy.IsMentored);
        Assert.Equal(0, policy.MaxMenteesPerMentor.Value);
    }

    [Fact]
    public void Create_MentoredWithZeroRatio_ThrowsUnsatisfiableRatio() =>
        Expect.Invalid(() => GroupSizePolicy.Create(1, 2, 0, 10, 0))
            .WithSingle(ErrorCodes.UnsatisfiableRatio, "maximum mentees per mentor", "Groups have mentors, so the maximum mentees per mentor must be at least 1.");

    [Fact]
    public void Create_RatioBelowTheMinimumWithRecommendedLimits_IsStillAContradiction() =>
        Expect.Invalid(() => GroupSizePolicy.Create(1, 1, SizeLimit.Recommended(6), 10, SizeLimit.Recommended(5)))
            .WithCodes(ErrorCodes.UnsatisfiableRatio);

    [Fact]
    public void Create_MentorsOptional_AllowsAMinimumTheRatioCannotReach()
    {
        // With no mentor required, a mentor-less group of 20 meets every limit, so the policy is not contradictory.
        var policy = GroupSizePolicy.Create(0, 2, 20, 20, 5);

        Assert.Empty(policy.Evaluate(Group("G1", 0, 20)));
    }

    [Fact]
    public void Create_PeerPolicyWithZeroRatio_IsAccepted() =>
        Assert.False(GroupSizePolicy.Create(0, 0, 2, 6, 0).IsMentored);

    [Theory]
    [InlineData(0, 0)]
    [InlineData(1, 5)]
    [InlineData(2, 10)]
    [InlineData(3, 10)]
    public void MenteeCapFor_Recommended_IsTheRatioCappedByTheMaximum(int mentors, int cap) =>
        Assert.Equal(cap, GroupSizePolicy.Recommended.MenteeCapFor(mentors));

    [Fact]
    public void MenteeCapFor_CommonForm_HonoursTheRecommendedRatioToo() =>
        Assert.Equal(5, GroupSizePolicy.CommonForm.MenteeCapFor(1));

    [Fact]
    public void MenteeCapFor_PeerGroup_IsTheMaximum() => Assert.Equal(8, GroupSizePolicy.PeerGroup.MenteeCapFor(0));

    [Fact]
    public void Evaluate_GroupWithinEveryLimit_FindsNothing() =>
        Assert.Empty(GroupSizePolicy.CommonForm.Evaluate(Group("G1", 2, 8)));

    [Fact]
    public void Evaluate_SmallGroupUnderCommonForm_WarnsWithTheRationale()
    {
        var group = Group("G1", 1, 3);

        var finding = Assert.Single(GroupSizePolicy.CommonForm.Evaluate(group));

        Assert.Equal(FindingSeverity.Warning, finding.Severity);
        Assert.Equal(FindingCodes.TooFewMentees, finding.Code);
        Assert.Equal(new GroupId("G1"), finding.GroupId);
        Assert.Equal(People.Ids("M1", "E1", "E2", "E3"), finding.People);
        Assert.Equal(
            "The group has 3 mentee(s); the minimum is 5 (recommendation): a group this small loses the peer learning and diverse thinking that group mentoring is for; the common form has 5 to 10 mentees.",
            finding.Message);
    }

    [Fact]
    public void Evaluate_TooManyMenteesPerMentorUnderCommonForm_WarnsWithTheRationale()
    {
        var finding = Assert.Single(GroupSizePolicy.CommonForm.Evaluate(Group("G1", 1, 7)));

        Assert.Equal(FindingSeverity.Warning, finding.Severity);
        Assert.Equal(FindingCodes.RatioExceeded, finding.Code);
        Assert.Equal(
            "The group has 7 mentees for 1 mentor(s) (7 per mentor); the maximum is 5 per mentor (recommendation): "
            + "the more mentees per mentor, the more complex the group dynamics and the less each person learns; at most 5 mentees per mentor is recommended.",
            finding.Message);
    }

    [Fact]
    public void Evaluate_FractionalRatio_IsShownWithTwoDecimals()
    {
        var policy = GroupSizePolicy.Create(1, 3, 0, 20, SizeLimit.Recommended(2));

        var finding = Assert.Single(policy.Evaluate(Group("G1", 3, 7)));

        Assert.StartsWith("The group has 7 mentees for 3 mentor(s) (2.33 per mentor); the maximum is 2 per mentor (recommendation).", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_EveryHardLimitBroken_ReportsEachAsAnError()
    {
        var findings = GroupSizePolicy.Recommended.Evaluate(Group("G1", 3, 16));

        Assert.Equal(
            [FindingCodes.TooManyMentors, FindingCodes.TooManyMentees, FindingCodes.RatioExceeded],
            findings.Select(f => f.Code));
        Assert.All(findings, f => Assert.Equal(FindingSeverity.Error, f.Severity));
        Assert.Equal(People.Numbered("M", 3), findings[0].People);
        Assert.Equal(19, findings[1].People.Count);
    }

    [Fact]
    public void Evaluate_NoMentorAndNoMentee_ReportsBothMinimums()
    {
        var findings = GroupSizePolicy.Recommended.Evaluate(Group("G1", 0, 0));

        Assert.Equal([FindingCodes.TooFewMentors, FindingCodes.TooFewMentees], findings.Select(f => f.Code));
        Assert.Equal("The group has 0 mentor(s); the minimum is 1 (hard limit): a mentored group needs a mentor to facilitate.", findings[0].Message);
    }

    [Fact]
    public void Evaluate_LimitWithoutRationale_EndsAfterTheKind()
    {
        var policy = GroupSizePolicy.Create(1, 2, 0, 3, 5);

        var finding = Assert.Single(policy.Evaluate(Group("G1", 1, 4)));

        Assert.Equal("The group has 4 mentees; the maximum is 3 (hard limit).", finding.Message);
    }

    [Fact]
    public void Evaluate_NullGroup_ThrowsArgumentNullException()
    {
        Assert.Throws<ArgumentNullException>(() => GroupSizePolicy.Recommended.Evaluate((MentoringGroup)null!));
        Assert.Throws<ArgumentNullException>(() => GroupSizePolicy.Recommended.Evaluate((IEnumerable<MentoringGroup>)null!));
    }

    [Fact]
    public void EvaluateSet_DisjointGoodGroups_FindsNothing()
    {
        var first = MentoringGroup.Create("G1", People.Ids("M1"), People.Ids("E1", "E2"), TestPolicies.Anything);
        var second = MentoringGroup.Create("G2", People.Ids("M2"), People.Ids("E3"), TestPolicies.Anything);

        Assert.Empty(GroupSizePolicy.Recommended.Evaluate([first, second]));
    }

    [Fact]
    public void EvaluateSet_PersonInTwoGroups_IsAnErrorNamingBothGroups()
    {
        var first = MentoringGroup.Create("G1", People.Ids("M1"), People.Ids("E1", "E2"), TestPolicies.Anything);
        var second = MentoringGroup.Create("G2", People.Ids("M2"), People.Ids("E2", "E3"), TestPolicies.Anything);

        var finding = Assert.Single(GroupSizePolicy.Recommended.Evaluate([first, second]));

        Assert.Equal(FindingSeverity.Error, finding.Severity);
        Assert.Equal(FindingCodes.PersonInSeveralGroups, finding.Code);
        Assert.Null(finding.GroupId);
        Assert.Equal(People.Ids("E2"), finding.People);
        Assert.Equal("E2 is in 2 groups (G1, G2); a person belongs to one group of a programme.", finding.Message);
    }

    [Fact]
    public void EvaluateSet_MentorOfOneGroupMenteeOfAnother_IsAnError()
    {
        var first = MentoringGroup.Create("G1", People.Ids("M1"), People.Ids("E1"), TestPolicies.Anything);
        var second = MentoringGroup.Create("G2", People.Ids("M2"), People.Ids("M1"), TestPolicies.Anything);

        var finding = Assert.Single(GroupSizePolicy.Recommended.Evaluate([first, second]));

        Assert.Equal("M1 is in 2 groups (G1, G2); a person belongs to one group of a programme.", finding.Message);
    }

    [Fact]
    public void EvaluateSet_RepeatedGroupIds_AreErrors_AfterTheGroupFindings()
    {
        var first = MentoringGroup.Create("G1", People.Ids("M1"), People.Ids("E1"), TestPolicies.Anything);
        var second = MentoringGroup.Create("G1", People.Ids("M2"), People.Numbered("X", 6), TestPolicies.Anything);
        var third = MentoringGroup.Create("G1", People.Ids("M3"), People.Ids("E3"), TestPolicies.Anything);

        var findings = GroupSizePolicy.Recommended.Evaluate([first, second, third]);

        Assert.Equal([FindingCodes.RatioExceeded, FindingCodes.DuplicateGroupId], findings.Select(f => f.Code));
        Assert.Equal("Group id G1 is used by more than one group.", findings[1].Message);
        Assert.Equal(new GroupId("G1"), findings[1].GroupId);
        Assert.Empty(findings[1].People);
    }

    [Fact]
    public void EvaluateSet_SeveralPeopleInSeveralGroups_AreListedInIdOrder()
    {
        var first = MentoringGroup.Create("G1", People.Ids("M1"), People.Ids("E2", "E1"), TestPolicies.Anything);
        var second = MentoringGroup.Create("G2", People.Ids("M2"), People.Ids("E1", "E2"), TestPolicies.Anything);
        var third = MentoringGroup.Create("G3", People.Ids("M3"), People.Ids("E1"), TestPolicies.Anything);

        var findings = GroupSizePolicy.Recommended.Evaluate([first, second, third]);

        Assert.Equal(
            ["E1 is in 3 groups (G1, G2, G3); a person belongs to one group of a programme.", "E2 is in 2 groups (G1, G2); a person belongs to one group of a programme."],
            findings.Select(f => f.Message));
    }
}
