using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using MentorGroups.Matching;
using MentorGroups.Engine;
using MentorGroups.Testing.Populations;
using MentorGroups.Tests.Matching;
using MentorGroups.Strategies.Optimal;

namespace MentorGroups.Tests.Strategies;

/// <summary>The optimal strategy stays exact over every allowed pair when the candidate lists are bounded.</summary>
public sealed class OptimalStrategyBoundedListsTests
{
    [Property(Arbitrary = [typeof(SmallMatchingArbitraries)])]
    public Property Match_ListsOfOne_StillReachesTheBruteForceOptimum(SmallMatchingInstance instance)
    {
        var request = instance.ToRequest().WithMaxCandidatesPerMentee(1);
        var token = TestContext.Current.CancellationToken;
        var expected = SmallMatchingInstance.BruteForceOptimum(MatchingProblem.Compile(request.WithMaxCandidatesPerMentee(int.MaxValue), token));

        var result = new OptimalStrategyOptions().CreateStrategy().Match(request, token);

        return (result.Metrics["optimalObjective"] == expected).Label($"optimum {result.Metrics["optimalObjective"]}, brute force {expected}")
            .And((result.Metrics["optimalityProven"] == 1).Label("proven"))
            .Classify(result.Metrics["optimalityRounds"] > 1, "lists grew");
    }

    [Property(Arbitrary = [typeof(PreparedScoringArbitraries)], MaxTest = 40)]
    public Property Match_BoundedLists_SameOptimumAsFullLists(MatchingRequest request, PositiveInt limit)
    {
        var token = TestContext.Current.CancellationToken;
        var strategy = new OptimalStrategyOptions().CreateStrategy();

        var full = strategy.Match(request.WithMaxCandidatesPerMentee(int.MaxValue), token);
        var bounded = strategy.Match(request.WithMaxCandidatesPerMentee(1 + (limit.Get % 3)), token);

        return (full.Metrics["optimalObjective"] == bounded.Metrics["optimalObjective"])
            .Label($"full {full.Metrics["optimalObjective"]}, bounded {bounded.Metrics["optimalObjective"]}")
            .Classify(bounded.Metrics["optimalityRounds"] > 1, "lists grew")
            .Classify(bounded.Metrics["menteesGrown"] == 0 && bounded.Metrics["candidateLimit"] > 0, "proven without growing");
    }

    [Fact]
    public void Match_HrPopulationWithShortLists_ProvesTheFullOptimumAndReportsIt()
    {
        var token = TestContext.Current.CancellationToken;
        var request = HrPopulationGenerator.Generate(HrPopulationOptions.ForMentees(600, seed: 5)).Request;
        var strategy = new OptimalStrategyOptions().CreateStrategy();

        var full = strategy.Match(request.WithMaxCandidatesPerMentee(int.MaxValue), token);
        var bounded = strategy.Match(request.WithMaxCandidatesPerMentee(4), token);

        Assert.Equal(full.Metrics["optimalObjective"], bounded.Metrics["optimalObjective"]);
        Assert.Equal(1, bounded.Metrics["optimalityProven"]);
        Assert.Equal(4, bounded.Metrics["candidateLimit"]);
        Assert.True(bounded.Metrics["candidatePairs"] < full.Metrics["candidatePairs"] / 4, $"{bounded.Metrics["candidatePairs"]} pairs of {full.Metrics["candidatePairs"]}");
        Assert.Equal(0, full.Metrics["candidateLimit"]);
        Assert.Equal(1, full.Metrics["optimalityRounds"]);
    }
}
