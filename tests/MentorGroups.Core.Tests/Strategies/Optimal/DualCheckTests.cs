using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using MentorGroups.Engine;
using MentorGroups.Matching;
using MentorGroups.Participants;
using MentorGroups.Programmes;
using MentorGroups.Strategies.Optimal;

namespace MentorGroups.Tests.Strategies.Optimal;

/// <summary>
/// The optimality proof over bounded candidate lists (DualCheck), through the optimal strategy: lists that are too
/// short for the optimum grow until the solution is proven optimal over every allowed pair, and the metrics say so.
/// </summary>
public sealed class DualCheckTests
{
    private static Participant Mentor(string id, params string[] expertise) => Participant.Builder(id).WithExpertise(expertise).Build();

    private static Participant Mentee(string id, params string[] goals) => Participant.Builder(id).WithLearningGoals(goals).Build();

    [Fact]
    public void Match_ListsOfOneBothNamingTheSameFullMentor_GrowTheListsAndPlaceBoth()
    {
        // Both mentees fit M1 best, and M1 has one seat; with lists of one, M2 is reached only once the proof grows a list.
        var request = MatchingRequest.For(Programme.Builder("p", "Graduates").Build())
            .AddMentor(Mentor("M1", "x", "y"), 1)
            .AddMentor(Mentor("M2", "y"), 1)
            .AddMentee(Mentee("a", "x", "y"))
            .AddMentee(Mentee("b", "x", "y"))
            .Build()
            .WithMaxCandidatesPerMentee(1);

        var result = new OptimalStrategyOptions().CreateStrategy().Match(request, TestContext.Current.CancellationToken);

        Assert.Equal(2, result.Placements.Count);
        var m = result.Metrics;
        Assert.Equal(1, m["candidateLimit"]);
        Assert.Equal(2, m["optimalityRounds"]);
        Assert.InRange(m["menteesGrown"], 1, 2);
        Assert.True(m["candidatePairs"] >= 3, $"{m["candidatePairs"]} pairs");
        Assert.True(m["rowRescans"] >= 1);
        Assert.Equal(1, m["optimalityProven"]);
    }

    [Fact]
    public void Match_FullLists_NeedNoProofRound()
    {
        var request = MatchingRequest.For(Programme.Builder("p", "Graduates").Build())
            .AddMentor(Mentor("M1", "x"), 1)
            .AddMentor(Mentor("M2", "y"), 1)
            .AddMentee(Mentee("a", "x"))
            .AddMentee(Mentee("b", "x"))
            .Build()
            .WithMaxCandidatesPerMentee(int.MaxValue);

        var result = new OptimalStrategyOptions().CreateStrategy().Match(request, TestContext.Current.CancellationToken);

        var m = result.Metrics;
        Assert.Equal((0.0, 1.0, 0.0, 0.0), (m["candidateLimit"], m["optimalityRounds"], m["menteesGrown"], m["rowRescans"]));
        Assert.Equal(4, m["candidatePairs"]);
    }

    [Property(Arbitrary = [typeof(SmallMatchingArbitraries)])]
    public Property Match_ListsOfOneToThree_ReachTheOptimumOverEveryAllowedPair(SmallMatchingInstance instance, PositiveInt limit)
    {
        var token = TestContext.Current.CancellationToken;
        var bound = 1 + (limit.Get % 3);
        var request = instance.ToRequest().WithMaxCandidatesPerMentee(bound);
        var full = MatchingProblem.Compile(request.WithMaxCandidatesPerMentee(int.MaxValue), token);
        var expected = SmallMatchingInstance.BruteForceOptimum(full);
        var allPairs = Enumerable.Range(0, full.Mentees.Count).Sum(e => full.Candidates(e).Length);

        var m = new OptimalStrategyOptions().CreateStrategy().Match(request, token).Metrics;

        return (m["optimalObjective"] == expected).Label($"optimum {m["optimalObjective"]}, brute force {expected}")
            .And((m["candidateLimit"] == bound).Label($"limit {m["candidateLimit"]}"))
            .And((m["candidatePairs"] <= allPairs).Label($"{m["candidatePairs"]} pairs of {allPairs}"))
            .And((m["optimalityRounds"] > 1 == m["menteesGrown"] > 0).Label($"{m["optimalityRounds"]} rounds, {m["menteesGrown"]} grown"))
            .And((m["rowRescans"] >= m["menteesGrown"]).Label($"{m["rowRescans"]} rescans, {m["menteesGrown"]} grown"))
            .Classify(m["menteesGrown"] > 0, "lists grew");
    }
}
