using MentorGroups.Engine;
using MentorGroups.Matching;
using MentorGroups.Participants;
using MentorGroups.Programmes;

namespace MentorGroups.Tests.Engine;

public sealed class AssignmentTests
{
    /// <summary>
    /// Team 0 is M1 (one seat), team 1 is M2 (two seats). d is pinned to M2; c reports to M1, so c may not join team 0.
    /// </summary>
    private static MatchingProblem Problem()
    {
        var request = MatchingRequest.For(Programme.Builder("p", "Graduates").Build())
            .AddMentor(Participant.Builder("M1").Build(), 1)
            .AddMentor(Participant.Builder("M2").WithExpertise("sales").Build(), 2)
            .AddMentee(Participant.Builder("a").WithLearningGoals("sales").Build())
            .AddMentee(Participant.Builder("b").Build())
            .AddMentee(Participant.Builder("c").ReportingTo("M1").Build())
            .AddMentee(Participant.Builder("d").Build())
            .Pin("d", "M2")
            .Build();
        return MatchingProblem.Compile(request, TestContext.Current.CancellationToken);
    }

    private static (Assignment Assignment, int A, int B, int C, int D) Start()
    {
        var problem = Problem();
        return (problem.CreateAssignment(), problem.IndexOfMentee("a"), problem.IndexOfMentee("b"), problem.IndexOfMentee("c"), problem.IndexOfMentee("d"));
    }

    [Fact]
    public void CreateAssignment_StartsWithTheFixedPlacementsOnly()
    {
        var (assignment, a, b, c, d) = Start();

        Assert.Equal([-1, -1, -1, 1], new[] { a, b, c, d }.Select(assignment.TeamOf));
        Assert.Equal((0, 1), (assignment.Load(0), assignment.Load(1)));
        Assert.Equal((1, 1), (assignment.FreeSeats(0), assignment.FreeSeats(1)));
    }

    [Fact]
    public void TryAssign_FreeSeatAllowedPair_PlacesAndCountsTheLoad()
    {
        var (assignment, a, b, _, _) = Start();

        Assert.True(assignment.TryAssign(a, 0));
        Assert.True(assignment.TryAssign(a, 0));

        Assert.Equal(0, assignment.TeamOf(a));
        Assert.Equal((1, 0), (assignment.Load(0), assignment.FreeSeats(0)));
        Assert.False(assignment.TryAssign(b, 0));
        Assert.Equal(-1, assignment.TeamOf(b));
        Assert.Equal(1, assignment.Load(0));
    }

    [Fact]
    public void TryAssign_PlacedElsewhere_MovesAndFreesTheOldSeat()
    {
        var (assignment, a, _, _, _) = Start();
        assignment.TryAssign(a, 0);

        Assert.True(assignment.TryAssign(a, 1));

        Assert.Equal(1, assignment.TeamOf(a));
        Assert.Equal((0, 2), (assignment.Load(0), assignment.Load(1)));
        Assert.Equal(0, assignment.FreeSeats(1));
    }

    [Fact]
    public void TryAssign_ConstraintOrFixedMentee_RefusesAndChangesNothing()
    {
        var (assignment, _, _, c, d) = Start();

        Assert.False(assignment.TryAssign(c, 0));
        Assert.False(assignment.TryAssign(d, 0));

        Assert.Equal((-1, 1), (assignment.TeamOf(c), assignment.TeamOf(d)));
        Assert.Equal((0, 1), (assignment.Load(0), assignment.Load(1)));
    }

    [Fact]
    public void Unassign_PlacedMentee_FreesTheSeat_FixedMenteeStays()
    {
        var (assignment, a, b, _, d) = Start();
        assignment.TryAssign(a, 1);

        Assert.True(assignment.Unassign(a));
        Assert.True(assignment.Unassign(b));
        Assert.False(assignment.Unassign(d));

        Assert.Equal((-1, -1, 1), (assignment.TeamOf(a), assignment.TeamOf(b), assignment.TeamOf(d)));
        Assert.Equal((0, 1), (assignment.Load(0), assignment.Load(1)));
    }

    [Fact]
    public void TrySwap_TwoPlacedMenteesBothAllowed_TradesTeamsAndKeepsLoads()
    {
        var (assignment, a, b, _, _) = Start();
        assignment.TryAssign(a, 0);
        assignment.TryAssign(b, 1);

        Assert.True(assignment.TrySwap(a, b));

        Assert.Equal((1, 0), (assignment.TeamOf(a), assignment.TeamOf(b)));
        Assert.Equal((1, 2), (assignment.Load(0), assignment.Load(1)));
        Assert.True(assignment.TrySwap(a, b));
        Assert.Equal((0, 1), (assignment.TeamOf(a), assignment.TeamOf(b)));
    }

    [Fact]
    public void TrySwap_UnplacedFixedSameTeamOrNotAllowed_RefusesAndChangesNothing()
    {
        var (assignment, a, b, c, d) = Start();
        assignment.TryAssign(a, 0);

        Assert.False(assignment.TrySwap(a, b));
        Assert.False(assignment.TrySwap(b, a));
        Assert.False(assignment.TrySwap(a, d));
        Assert.False(assignment.TrySwap(d, a));
        assignment.TryAssign(c, 1);
        Assert.False(assignment.TrySwap(a, c));
        Assert.False(assignment.TrySwap(c, a));
        Assert.False(assignment.TrySwap(a, a));

        Assert.Equal((0, 1, 1), (assignment.TeamOf(a), assignment.TeamOf(c), assignment.TeamOf(d)));
    }

    [Fact]
    public void Objective_SumsThePairValuesOfPlacedMentees()
    {
        var (assignment, a, b, _, d) = Start();
        var problem = assignment.Problem;
        Assert.Equal(problem.PairValue(d, 1), assignment.Objective());

        assignment.TryAssign(a, 1);
        assignment.TryAssign(b, 0);

        Assert.True(problem.PairValue(a, 1) > problem.PairValue(a, 0));
        Assert.Equal(problem.PairValue(a, 1) + problem.PairValue(b, 0) + problem.PairValue(d, 1), assignment.Objective());
    }

    [Fact]
    public void Clone_ChangesToTheCopy_LeaveTheOriginalAlone()
    {
        var (assignment, a, b, _, _) = Start();
        assignment.TryAssign(a, 0);

        var copy = assignment.Clone();
        copy.TryAssign(a, 1);
        copy.TryAssign(b, 0);

        Assert.Same(assignment.Problem, copy.Problem);
        Assert.Equal((0, -1), (assignment.TeamOf(a), assignment.TeamOf(b)));
        Assert.Equal((1, 1), (assignment.Load(0), assignment.Load(1)));
        Assert.Equal((1, 0), (copy.TeamOf(a), copy.TeamOf(b)));
        Assert.Equal((1, 2), (copy.Load(0), copy.Load(1)));
    }

    [Fact]
    public void ToArray_IsACopyByMenteeIndex()
    {
        var (assignment, a, _, _, d) = Start();
        assignment.TryAssign(a, 0);

        var teams = assignment.ToArray();
        teams[a] = 1;

        Assert.Equal(0, assignment.TeamOf(a));
        Assert.Equal(1, teams[d]);
        Assert.Equal(4, teams.Length);
    }
}
