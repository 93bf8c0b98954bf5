using MentorGroups.Enrolments;
using MentorGroups.Matching;
using MentorGroups.Participants;
using MentorGroups.Policies;
using MentorGroups.Programmes;
using MentorGroups.Strategies.GroupFormation;
using MentorGroups.Testing.Conformance;
using MentorGroups.Validation;

namespace MentorGroups.Tests.Strategies;

public sealed class GroupFormationStrategyTests
{
    private static Programme Programme(GroupSizePolicy policy) => MentorGroups.Programmes.Programme.Builder("p", "Graduates").WithSizePolicy(policy).Build();

    private static Enrolment Mentor(string id, int capacity) => Enrolment.AsMentor(Participant.Builder(id).Build(), capacity);

    private static Enrolment[] Mentees(int count) =>
        [.. Enumerable.Range(1, count).Select(i => Enrolment.AsMentee(Participant.Builder($"E{i:D2}").Build()))];

    private static GroupSizePolicy HardMinimum(int minimum) => GroupSizePolicy.Create(
        SizeLimit.Hard(1, "a mentor"), SizeLimit.Hard(2, "two at most"), SizeLimit.Hard(minimum, "test"), SizeLimit.Hard(10, "ten at most"), SizeLimit.Hard(5, "five each"));

    private static MatchingResult Match(MatchingRequest request, GroupFormationStrategyOptions? options = null) =>
        (options ?? new GroupFormationStrategyOptions()).CreateStrategy().Match(request, TestContext.Current.CancellationToken);

    [Fact]
    public void Match_TwoMentorsWhoCannotReachTheMinimumAlone_CoLeadOneGroupThatDoes()
    {
        var request = MatchingRequest.For(Programme(GroupSizePolicy.CommonForm)).Add(Mentor("M1", 3), Mentor("M2", 3)).Add(Mentees(6)).Build();

        var result = Match(request);

        var group = Assert.Single(result.Groups);
        Assert.Equal(2, group.Mentors.Count);
        Assert.Equal(6, group.Mentees.Count);
        Assert.Empty(result.UnassignedMentors);
    }

    [Fact]
    public void Match_MoreMentorsThanTheMenteesCanFillToTheMinimum_MergesGroupsInsteadOfFormingSmallOnes()
    {
        var request = MatchingRequest.For(Programme(GroupSizePolicy.CommonForm)).Add(Mentor("M1", 5), Mentor("M2", 5)).Add(Mentees(6)).Build();

        var result = Match(request);

        var group = Assert.Single(result.Groups);
        Assert.Equal(6, group.Mentees.Count);
        Assert.Equal(2, group.Mentors.Count);
    }

    [Fact]
    public void Match_HardMinimumOnlyOneGroupCanReach_FormsNoSmallGroupAndExplainsBothSidesAlike()
    {
        // M1 may take five; M2, three at most, and nobody may co-lead with them (the policy allows one mentor).
        var policy = GroupSizePolicy.Create(SizeLimit.Hard(1, "a mentor"), SizeLimit.Hard(1, "one"), SizeLimit.Hard(4, "test"), SizeLimit.Hard(10, "ten"), SizeLimit.Hard(5, "five"));
        var request = MatchingRequest.For(Programme(policy)).Add(Mentor("M1", 5), Mentor("M2", 3)).Add(Mentees(8)).Build();

        var result = Match(request);

        Assert.All(result.Groups, g => Assert.True(g.Mentees.Count >= 4));
        Assert.Equal(5, result.Placements.Count);
        var idle = Assert.Single(result.UnassignedMentors);
        Assert.Equal("M2", idle.Mentor.Value);
        Assert.Contains("below the hard minimum of 4", idle.Explanation, StringComparison.Ordinal);
        Assert.All(result.Unmatched, u => Assert.Equal(UnmatchedReason.CapacityExhausted, u.Reason));
    }

    [Fact]
    public void Match_HardMinimum_NeverFormsASmallerGroup()
    {
        var request = MatchingRequest.For(Programme(HardMinimum(5))).Add(Mentor("M1", 5), Mentor("M2", 5), Mentor("M3", 5)).Add(Mentees(12)).Build();

        var result = Match(request);

        Assert.All(result.Groups, g => Assert.True(g.Mentees.Count >= 5, $"{g.Id} has {g.Mentees.Count}"));
        Assert.Equal(12, result.Placements.Count);
    }

    [Fact]
    public void Match_WithProgress_ReportsEveryStageInOrder()
    {
        var stages = new List<GroupFormationStage>();
        var options = new GroupFormationStrategyOptions { Progress = new SyncProgress(p => stages.Add(p.Stage)), ProgressInterval = TimeSpan.Zero };
        var request = MatchingRequest.For(Programme(GroupSizePolicy.CommonForm)).Add(Mentor("M1", 5), Mentor("M2", 5)).Add(Mentees(10)).Build();

        Match(request, options);

        Assert.Equal(Enum.GetValues<GroupFormationStage>(), stages.Distinct());
    }

    [Fact]
    public void Validate_BadOptions_ReportsEveryProblem()
    {
        var options = new GroupFormationStrategyOptions { Name = " ", ImprovementPasses = -1, TimeBudget = TimeSpan.Zero, ProgressInterval = TimeSpan.FromSeconds(-1) };

        var error = Assert.Throws<MentorGroupsValidationException>(options.Validate);

        Assert.Equal(4, error.Errors.Count);
        Assert.All(error.Errors, e => Assert.Equal(ErrorCodes.InvalidOptions, e.Code));
    }

    [Fact]
    public void Match_IdleMentorsPlannedAsAPairThatALeftOutMenteeCannotJoin_OneOfThemTakesTheMentee()
    {
        // Found by the 10,000-case conformance run: the round for idle mentors paired M01 and M05 again; E10 shares a
        // language with M05 only, so the pair formed with nobody and E10 stayed out while M05 alone could take them.
        // Replayed from the kit's seed (the request it shrank is in the failure message of that run).
        var conformance = new StrategyConformance(
            new GroupFormationStrategyOptions().CreateStrategy(),
            new ConformanceOptions { Replay = 658857743353044176 });

        conformance.Verify(StrategyConformance.MaximalPlacement);
    }

    private sealed class SyncProgress(Action<GroupFormationProgress> report) : IProgress<GroupFormationProgress>
    {
        public void Report(GroupFormationProgress value) => report(value);
    }
}
