using MentorGroups.Enrolments;
using MentorGroups.Rules.Objectives;
using MentorGroups.Rules.Requirements;
using MentorGroups.Participants;
using MentorGroups.Programmes;

namespace MentorGroups.Tests.Rules.Objectives;

public sealed class GroupObjectivesTests
{
    private static readonly Programme Programme = Programme.Builder("p", "Graduates").WithSharedLearningGoal("First job", "career start").Build();

    private static Enrolment Mentee(string id, string? unit = null, params string[] goals) =>
        Enrolment.AsMentee(Participant.Builder(id).InOrganisationalUnit(unit).WithLearningGoals(goals).Build());

    private static GroupContext Group(Enrolment[] mentees, int mentors = 1, int capacity = 5, GroupTargets targets = default, GroupMeetingFit meeting = default) =>
        new(Programme, Enumerable.Range(0, mentors).Select(i => Enrolment.AsMentor(Participant.Builder($"m{i}").Build(), capacity)).ToArray(),
            mentees, capacity, targets, meeting);

    [Theory]
    [InlineData(0, 0, 0, 0.5)]
    [InlineData(4, 3, 4, 1.0)]
    [InlineData(4, 0, 3, 0.28125)]
    [InlineData(4, 0, 0, 0.0)]
    public void CommonMeetingSlot_Score_IsFullOnlyForACommonSlotAndGradedBelow(int known, int common, int most, double expected) =>
        Assert.Equal(expected, new CommonMeetingSlotObjective().Score(Group([], meeting: new GroupMeetingFit(known, common, most))), 12);

    [Fact]
    public void CommonMeetingSlotRequirement_Allows_GroupsThatCanMeetOrGaveNoAvailability()
    {
        var requirement = new CommonMeetingSlotRequirement();

        Assert.True(requirement.Allows(Group([], meeting: new GroupMeetingFit(0, 0, 0))));
        Assert.True(requirement.Allows(Group([], meeting: new GroupMeetingFit(3, 2, 3))));
        Assert.False(requirement.Allows(Group([], meeting: new GroupMeetingFit(3, 0, 2))));
    }

    [Fact]
    public void GoalCohesion_Score_AveragesProgrammeGoalShareAndPeerOverlap()
    {
        // Programme share: a and b touch "career start", c does not → 2/3. Peer overlap: a–b 1/3, a–c 0, b–c 1/2 → 5/18.
        var mentees = new[] { Mentee("a", null, "career start", "feedback"), Mentee("b", null, "career start"), Mentee("c", null, "feedback", "strategy") };

        var score = new GoalCohesionObjective().Score(Group(mentees));

        Assert.Equal(((2.0 / 3) + (((1.0 / 3) + 0 + 0.5) / 3)) / 2, score, 12);
    }

    [Fact]
    public void GoalCohesion_WithoutGoals_IsNeutral()
    {
        var objective = new GoalCohesionObjective();
        var group = Group([Mentee("a"), Mentee("b")]);

        Assert.Equal((0.5, "too few learning goals given to compare (neutral)"), (objective.Score(group), objective.Explain(group)));
    }

    [Fact]
    public void UnitDiversity_Score_CountsDistinctUnitsIgnoringCase()
    {
        var group = Group([Mentee("a", "Sales"), Mentee("b", "sales"), Mentee("c", "HR"), Mentee("d")]);
        var objective = new UnitDiversityObjective();

        Assert.Equal((0.5, "2 organisational unit(s) among 3 mentees who gave one"), (objective.Score(group), objective.Explain(group)));
    }

    [Theory]
    [InlineData(5, 5.3, 1.0)]
    [InlineData(6, 5.3, 1.0)]
    [InlineData(3, 5.3, 1 - (2 / 5.3))]
    [InlineData(0, 4.0, 0.0)]
    public void BalancedGroupSize_Score_IsFullAtTheAverageRoundedEitherWay(int mentees, double average, double expected)
    {
        var group = Group(Enumerable.Range(0, mentees).Select(i => Mentee($"e{i}")).ToArray(), targets: new GroupTargets(average, 0.5));

        Assert.Equal(expected, new BalancedGroupSizeObjective().Score(group), 12);
    }

    [Fact]
    public void BalancedMentorLoad_Score_ComparesTheShareOfSeatsTakenWithTheAverage()
    {
        var objective = new BalancedMentorLoadObjective();
        Enrolment[] Mentees(int n) => Enumerable.Range(0, n).Select(i => Mentee($"e{i}")).ToArray();

        Assert.Equal(1.0, objective.Score(Group(Mentees(3), capacity: 5, targets: new GroupTargets(3, 0.6))));
        Assert.Equal(0.0, objective.Score(Group(Mentees(0), capacity: 5, targets: new GroupTargets(3, 0.6))));
        Assert.Equal(0.5, objective.Score(Group(Mentees(3), mentors: 0, capacity: 8, targets: new GroupTargets(3, 0.6))));
    }

    [Fact]
    public void Default_ListsTheBuiltInsWithTheirDocumentedWeights() =>
        Assert.Equal(
            [("common-meeting-slot", 2.0), ("goal-cohesion", 0.5), ("unit-diversity", 0.0), ("balanced-size", 0.25), ("mentor-load", 0.25)],
            GroupObjectives.Default().Select(o => (o.Objective.Name, o.Weight)));
}
