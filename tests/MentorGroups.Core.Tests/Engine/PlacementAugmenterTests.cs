using MentorGroups.Engine;
using MentorGroups.Matching;
using MentorGroups.Participants;
using MentorGroups.Programmes;

namespace MentorGroups.Tests.Engine;

public sealed class PlacementAugmenterTests
{
    /// <summary>
    /// Three mentors with one seat each. a may join M1 or M2, b M2 or M3, c and d only M1 (the others are excluded).
    /// </summary>
    private static MatchingProblem Chain(bool withD = true)
    {
        var builder = MatchingRequest.For(Programme.Builder("p", "Graduates").Build())
            .AddMentor(Participant.Builder("M1").Build(), 1)
            .AddMentor(Participant.Builder("M2").Build(), 1)
            .AddMentor(Participant.Builder("M3").Build(), 1)
            .AddMentee(Participant.Builder("a").Build())
            .AddMentee(Participant.Builder("b").Build())
            .AddMentee(Participant.Builder("c").Build())
            .Exclude("a", "M3").Exclude("b", "M1").Exclude("c", "M2").Exclude("c", "M3");
        if (withD)
        {
            builder.AddMentee(Participant.Builder("d").Build()).Exclude("d", "M2").Exclude("d", "M3");
        }

        return MatchingProblem.Compile(builder.Build(), TestContext.Current.CancellationToken);
    }

    [Fact]
    public void Augment_SeatReachableByAChainOfMoves_ShiftsEveryoneAlongAndPlacesTheNewcomer()
    {
        var problem = Chain();
        var (a, b, c, d) = (problem.IndexOfMentee("a"), problem.IndexOfMentee("b"), problem.IndexOfMentee("c"), problem.IndexOfMentee("d"));
        var assignment = problem.CreateAssignment();
        assignment.TryAssign(a, 0);
        assignment.TryAssign(b, 1);

        var added = PlacementAugmenter.Augment(assignment, TestContext.Current.CancellationToken);

        // c takes M1, a moves on to M2, b to the free M3; then nothing is left for d.
        Assert.Equal(1, added);
        Assert.Equal([1, 2, 0, -1], new[] { a, b, c, d }.Select(assignment.TeamOf));
        Assert.Equal([1, 1, 1], Enumerable.Range(0, 3).Select(assignment.Load));
    }

    [Fact]
    public void Augment_NothingPlacedYet_PlacesEveryoneWhoCanBe()
    {
        var problem = Chain(withD: false);
        var assignment = problem.CreateAssignment();

        var added = PlacementAugmenter.Augment(assignment, TestContext.Current.CancellationToken);

        Assert.Equal(3, added);
        Assert.Equal([1, 2, 0], new[] { "a", "b", "c" }.Select(id => assignment.TeamOf(problem.IndexOfMentee(id))));
    }

    [Fact]
    public void Augment_FreeSeatOnlyBeyondAStuckMentee_ChangesNothing()
    {
        // M1 holds d, who may go nowhere else, and a and b fill M2 and M3: c finds no seat.
        var problem = Chain();
        var assignment = problem.CreateAssignment();
        assignment.TryAssign(problem.IndexOfMentee("d"), 0);
        assignment.TryAssign(problem.IndexOfMentee("a"), 1);
        assignment.TryAssign(problem.IndexOfMentee("b"), 2);
        var before = assignment.ToArray();

        Assert.Equal(0, PlacementAugmenter.Augment(assignment, TestContext.Current.CancellationToken));

        Assert.Equal(before, assignment.ToArray());
    }

    [Fact]
    public void Augment_OneMenteeStuckAnotherNot_PlacesTheOther()
    {
        // c can reach only M1, which holds d (stuck); b reaches the free M3 directly.
        var problem = Chain();
        var assignment = problem.CreateAssignment();
        assignment.TryAssign(problem.IndexOfMentee("d"), 0);
        assignment.TryAssign(problem.IndexOfMentee("a"), 1);

        Assert.Equal(1, PlacementAugmenter.Augment(assignment, TestContext.Current.CancellationToken));

        Assert.Equal([0, 1, 2, -1], new[] { "d", "a", "b", "c" }.Select(id => assignment.TeamOf(problem.IndexOfMentee(id))));
    }

    [Fact]
    public void Augment_Cancelled_Throws()
    {
        var assignment = Chain().CreateAssignment();

        Assert.Throws<OperationCanceledException>(() => PlacementAugmenter.Augment(assignment, new CancellationToken(canceled: true)));
    }
}
