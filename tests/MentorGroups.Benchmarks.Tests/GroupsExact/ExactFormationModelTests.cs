using MentorGroups.Benchmarks.GroupsExact;
using MentorGroups.Enrolments;
using MentorGroups.Matching;
using MentorGroups.Participants;
using MentorGroups.Policies;
using MentorGroups.Programmes;
using MentorGroups.Strategies;

namespace MentorGroups.Benchmarks.Tests.GroupsExact;

/// <summary>
/// The exact model and the default strategy on instances whose optimum is plain by hand: if either the model or the
/// strategy were wrong about a rule (co-leading, a hard minimum, an exclusion, a common meeting time), they would
/// disagree with the stated optimum here.
/// </summary>
public sealed class ExactFormationModelTests
{
    private static readonly GroupSizePolicy HardFive = GroupSizePolicy.Create(
        GroupSizePolicy.CommonForm.MinMentors, GroupSizePolicy.CommonForm.MaxMentors, SizeLimit.Hard(5, "test"),
        GroupSizePolicy.CommonForm.MaxMentees, GroupSizePolicy.CommonForm.MaxMenteesPerMentor);

    private static MatchingRequestBuilder Request(GroupSizePolicy policy) =>
        MatchingRequest.For(Programme.Builder("p", "Graduates").WithSizePolicy(policy).Build());

    private static Enrolment Mentor(string id, int capacity, string? availability = null) =>
        Enrolment.AsMentor(Participant.Builder(id).AvailableAt(availability).Build(), capacity);

    private static Enrolment Mentee(int i, string? availability = null) =>
        Enrolment.AsMentee(Participant.Builder($"E{i:D2}").WithLearningGoals(i % 2 == 0 ? "finance" : "sales").AvailableAt(availability).Build());

    private static (FormationScore Optimum, FormationScore Strategy, List<(int Team, int[] Mentees)> Groups, FormationInstance Instance) Solve(MatchingRequest request)
    {
        var instance = new FormationInstance(request);
        var outcome = new ExactFormationModel(instance).Solve(secondsPerLevel: 30, workers: 1);
        Assert.True(outcome.Proved, outcome.Status);
        var result = MatchingStrategyCatalog.CreateDefault().Create(MatchingStrategyCatalog.RecommendedStrategy).Match(request, TestContext.Current.CancellationToken);
        return (FormationObjective.Score(instance, outcome.Groups), FormationObjective.Score(instance, instance.GroupsOf(result)), outcome.Groups, instance);
    }

    [Fact]
    public void Solve_HardMinimumTwoMentorsOfFiveSeats_OneCoLedGroupOfAllSeven()
    {
        // Two groups would need ten mentees; one mentor alone takes five. Co-led, all seven fit (seats: 10).
        var request = Request(HardFive).Add(Mentor("M1", 5), Mentor("M2", 5)).Add(Enumerable.Range(1, 7).Select(i => Mentee(i))).Build();

        var (optimum, strategy, groups, instance) = Solve(request);

        Assert.Equal((7, 1, 0, 0), (optimum.Placed, optimum.Groups, optimum.BelowMinimum, optimum.WithoutSlot));
        Assert.Equal(2, instance.Teams[Assert.Single(groups).Team].Mentors.Length);
        Assert.Equal(0, strategy.CompareTo(optimum));
    }

    [Fact]
    public void Solve_ExclusionWithOneCoLeader_LeavesOnlyThatMenteeOut()
    {
        // Three seats each: only the co-led group reaches the hard minimum, and E01 may not have M2.
        var request = Request(HardFive).Add(Mentor("M1", 3), Mentor("M2", 3)).Add(Enumerable.Range(1, 6).Select(i => Mentee(i)))
            .Exclude(new ParticipantId("E01"), new ParticipantId("M2"), "known conflict")
            .Build();

        var (optimum, strategy, groups, instance) = Solve(request);

        Assert.Equal((5, 1, 0), (optimum.Placed, optimum.Groups, optimum.BelowMinimum));
        Assert.DoesNotContain(instance.Problem.IndexOfMentee(new ParticipantId("E01")), Assert.Single(groups).Mentees);
        Assert.Equal(0, strategy.CompareTo(optimum));
    }

    [Fact]
    public void Solve_OneMenteeCannotMeet_TheFiveWhoCanAreTheGroup()
    {
        // Five seats for six mentees; E06 is free only when the others are not, so the group that can meet leaves them out.
        var request = Request(GroupSizePolicy.CommonForm).Add(Mentor("M1", 5, "Mon 09:00-12:00"))
            .Add(Enumerable.Range(1, 5).Select(i => Mentee(i, "Mon 09:00-12:00")))
            .Add(Mentee(6, "Tue 09:00-12:00"))
            .Build();

        var (optimum, strategy, groups, instance) = Solve(request);

        Assert.Equal((5, 1, 0, 0), (optimum.Placed, optimum.Groups, optimum.BelowMinimum, optimum.WithoutSlot));
        Assert.DoesNotContain(instance.Problem.IndexOfMentee(new ParticipantId("E06")), Assert.Single(groups).Mentees);
        Assert.Equal(0, strategy.CompareTo(optimum));
    }
}
