using MentorGroups.Matching;
using MentorGroups.Participants;
using MentorGroups.Programmes;
using MentorGroups.Strategies.Greedy;

namespace MentorGroups.Tests.Strategies.Greedy;

/// <summary>The greedy strategy's pass over the pairs, best first, and the augmentation after it, with their metrics.</summary>
public sealed class GreedyStrategyAugmentationTests
{
    /// <summary>
    /// M1 and M2 have one seat each. a fits M1 best and may join M2; b may join M1 only. The best pair goes first, so a
    /// takes M1 and b is left out, unless augmentation moves a on to M2.
    /// </summary>
    private static MatchingRequest Request() =>
        MatchingRequest.For(Programme.Builder("p", "Graduates").Build())
            .AddMentor(Participant.Builder("M1").WithExpertise("x").Build(), 1)
            .AddMentor(Participant.Builder("M2").Build(), 1)
            .AddMentee(Participant.Builder("a").WithLearningGoals("x").Build())
            .AddMentee(Participant.Builder("b").Build())
            .Exclude("b", "M2")
            .Build();

    [Fact]
    public void Match_WithAugmentation_MovesThePlacedMenteeOnSoTheOtherFits()
    {
        var result = new GreedyStrategyOptions().CreateStrategy().Match(Request(), TestContext.Current.CancellationToken);

        Assert.Equal("M2", result.GroupOf("a")!.LeadMentor!.Value.Value);
        Assert.Equal("M1", result.GroupOf("b")!.LeadMentor!.Value.Value);
        Assert.Empty(result.Unmatched);
        Assert.Equal(1, result.Metrics["augmentedPlacements"]);
        Assert.Equal(3, result.Metrics["candidatePairs"]);
        Assert.True(result.Metrics["elapsedMilliseconds"] >= result.Metrics["compileMilliseconds"]);
    }

    [Fact]
    public void Match_WithoutAugmentation_TheBestPairFirstLeavesTheOtherOut()
    {
        var result = new GreedyStrategyOptions { AugmentPlacements = false }.CreateStrategy().Match(Request(), TestContext.Current.CancellationToken);

        Assert.Equal("M1", result.GroupOf("a")!.LeadMentor!.Value.Value);
        Assert.Equal("b", Assert.Single(result.Unmatched).Mentee.Value);
        Assert.Equal(0, result.Metrics["augmentedPlacements"]);
        Assert.Equal(3, result.Metrics["candidatePairs"]);
    }

    [Fact]
    public void Match_TwoMenteesAlikeForOneSeat_TheLowerIdTakesIt()
    {
        var request = MatchingRequest.For(Programme.Builder("p", "Graduates").Build())
            .AddMentor(Participant.Builder("M1").Build(), 1)
            .AddMentee(Participant.Builder("b").Build())
            .AddMentee(Participant.Builder("a").Build())
            .Build();

        var result = new GreedyStrategyOptions { AugmentPlacements = false }.CreateStrategy().Match(request, TestContext.Current.CancellationToken);

        Assert.Equal(["a"], Assert.Single(result.Groups).Mentees.Select(m => m.Value));
    }

    [Fact]
    public void Match_BetterPairLaterInIdOrder_IsPlacedFirst()
    {
        // b's pair with M1 is the best of all, so b gets the seat although a comes first by id.
        var request = MatchingRequest.For(Programme.Builder("p", "Graduates").Build())
            .AddMentor(Participant.Builder("M1").WithExpertise("x").Build(), 1)
            .AddMentee(Participant.Builder("a").Build())
            .AddMentee(Participant.Builder("b").WithLearningGoals("x").Build())
            .Build();

        var result = new GreedyStrategyOptions { AugmentPlacements = false }.CreateStrategy().Match(request, TestContext.Current.CancellationToken);

        Assert.Equal(["b"], Assert.Single(result.Groups).Mentees.Select(m => m.Value));
    }
}
