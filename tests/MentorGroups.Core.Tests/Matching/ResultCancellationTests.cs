using MentorGroups.Matching;
using MentorGroups.Rules.Criteria;
using MentorGroups.Engine;
using MentorGroups.Participants;
using MentorGroups.Programmes;
using MentorGroups.Strategies;
using MentorGroups.Tests.Support;

namespace MentorGroups.Tests.Matching;

/// <summary>
/// Building the result is the last long step of a match (at W100k a second or more), so it honours cancellation too,
/// and every built-in strategy hands its token down to it.
/// </summary>
public sealed class ResultCancellationTests
{
    private static readonly Programme Programme = Programme.Builder("p", "Graduates").Build();

    /// <summary>
    /// Explanations are written only while the result is built (never while compiling or solving), so cancelling from
    /// here cancels exactly during <see cref="MatchingProblem.CreateResult"/>.
    /// </summary>
    private sealed class CancelWhileExplaining(CancellationTokenSource source) : IScoringCriterion
    {
        public string Name => "cancel-while-explaining";

        public int Explained { get; private set; }

        public double Score(in CandidatePair pair) => 0.5;

        public string Explain(in CandidatePair pair)
        {
            Explained++;
            source.Cancel();
            return "neutral";
        }
    }

    private static MatchingRequest Request(IScoringCriterion criterion)
    {
        var builder = MatchingRequest.For(Programme).WithCriteria(new WeightedCriterion(criterion, 1));
        for (var i = 1; i <= 3; i++)
        {
            builder.AddMentor(Participant.Builder($"mentor{i}").Build(), 2);
        }

        for (var i = 1; i <= 6; i++)
        {
            builder.AddMentee(Participant.Builder($"mentee{i}").Build());
        }

        return builder.Build();
    }

    [Fact]
    public void CreateResult_TokenAlreadyCancelled_Throws()
    {
        using var source = new CancellationTokenSource();
        var problem = MatchingProblem.Compile(Request(new SharedGoalsCriterion()), TestContext.Current.CancellationToken);
        source.Cancel();

        Assert.Throws<OperationCanceledException>(() => problem.CreateResult(problem.CreateAssignment(), "test", cancellationToken: source.Token));
    }

    [Fact]
    public void CreateResult_CancelledWhileBuilding_StopsBeforeTheNextGroup()
    {
        using var source = new CancellationTokenSource();
        var criterion = new CancelWhileExplaining(source);
        var problem = MatchingProblem.Compile(Request(criterion), TestContext.Current.CancellationToken);
        var assignment = problem.CreateAssignment();
        for (var m = 0; m < problem.Mentees.Count; m++)
        {
            Assert.True(assignment.TryAssign(m, m % problem.Teams.Count));
        }

        Assert.Throws<OperationCanceledException>(() => problem.CreateResult(assignment, "test", cancellationToken: source.Token));
        // The first placement's explanation cancelled; the loop over groups stopped at the next group.
        Assert.InRange(criterion.Explained, 1, 2);
    }

    [Fact]
    public void CreateResult_TokenNotCancelled_BuildsTheResult()
    {
        var problem = MatchingProblem.Compile(Request(new SharedGoalsCriterion()), TestContext.Current.CancellationToken);

        var result = problem.CreateResult(problem.CreateAssignment(), "test", cancellationToken: TestContext.Current.CancellationToken);

        // An empty assignment: building the result fills the free seats, so all six are placed.
        Assert.Equal(6, result.Placements.Count);
    }

    [Theory]
    [MemberData(nameof(BuiltInStrategyNames.All), MemberType = typeof(BuiltInStrategyNames))]
    public void Match_CancelledWhileBuildingTheResult_Throws(string strategy)
    {
        using var source = new CancellationTokenSource();
        var criterion = new CancelWhileExplaining(source);
        var matcher = MatchingStrategyCatalog.CreateDefault().Create(strategy);

        Assert.Throws<OperationCanceledException>(() => matcher.Match(Request(criterion), source.Token));
        Assert.True(criterion.Explained > 0, "the strategy reached building the result");
    }
}
