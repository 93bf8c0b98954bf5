using MentorGroups.Strategies.Stable;

namespace MentorGroups.Tests.Strategies.Stable;

/// <summary>
/// Deferred acceptance on instances small enough to work out by hand: which side's optimum each proposer reaches, how
/// many proposals it makes, and the blocking-pair count of matchings that are not stable (the strategies only ever
/// produce stable ones, so without these the counter would be checked against zero alone).
/// </summary>
public sealed class DeferredAcceptanceExactTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    // Two mentees and two one-seat teams with opposed preferences: mentee 0 wants team 0, mentee 1 team 1, but team 0
    // ranks mentee 1 first and team 1 ranks mentee 0 first. Keys are the team's rank of the mentee (smaller is better).
    private static PreferenceModel Crossed() => PreferenceModel.FromLists(
        teamCount: 2,
        offsets: [0, 2, 4],
        teams: [0, 1, 1, 0],
        keys: [1, 0, 1, 0]);

    [Fact]
    public void MenteeProposing_CrossedPreferences_GivesEveryMenteeTheirFirstChoice()
    {
        var outcome = DeferredAcceptance.MenteeProposing(Crossed(), [1, 1], Token);

        Assert.Equal([0, 1], outcome.TeamOf);
        Assert.Equal([0, 0], outcome.Position);
        Assert.Equal(2, outcome.Proposals);
        Assert.Equal(0, DeferredAcceptance.CountBlockingPairs(Crossed(), [1, 1], outcome, Token));
    }

    [Fact]
    public void MentorProposing_CrossedPreferences_GivesEveryTeamItsFirstChoice()
    {
        var outcome = DeferredAcceptance.MentorProposing(Crossed(), [1, 1], Token);

        Assert.Equal([1, 0], outcome.TeamOf);
        Assert.Equal([1, 1], outcome.Position);
        Assert.Equal(2, outcome.Proposals);
        Assert.Equal(0, DeferredAcceptance.CountBlockingPairs(Crossed(), [1, 1], outcome, Token));
    }

    [Fact]
    public void MenteeProposing_AFullTeamTradesUp_TheReleasedMenteeAppliesOn()
    {
        // One team of one seat ranks mentee 1 above mentee 0; both want it first, and mentee 0 has a second choice.
        var model = PreferenceModel.FromLists(2, [0, 2, 3], [0, 1, 0], [5, 0, 2]);

        var outcome = DeferredAcceptance.MenteeProposing(model, [1, 1], Token);

        // Mentee 0 is held by team 0, released when mentee 1 applies, and applies to team 1: three proposals.
        Assert.Equal([1, 0], outcome.TeamOf);
        Assert.Equal([1, 0], outcome.Position);
        Assert.Equal(3, outcome.Proposals);
    }

    [Fact]
    public void MenteeProposing_AWorseApplicantToAFullTeam_IsTurnedDown()
    {
        // Mentee 0 is held first and ranked better (key 0) than mentee 1 (key 9): mentee 1 stays out.
        var model = PreferenceModel.FromLists(1, [0, 1, 2], [0, 0], [0, 9]);

        var outcome = DeferredAcceptance.MenteeProposing(model, [1], Token);

        Assert.Equal([0, -1], outcome.TeamOf);
        Assert.Equal([0, -1], outcome.Position);
        Assert.Equal(2, outcome.Proposals);
    }

    [Fact]
    public void BothProposers_ATeamWithoutSeats_PlacesNobodyThere()
    {
        var model = PreferenceModel.FromLists(2, [0, 2, 4], [0, 1, 0, 1], [0, 0, 1, 1]);

        foreach (var outcome in new[] { DeferredAcceptance.MenteeProposing(model, [0, 2], Token), DeferredAcceptance.MentorProposing(model, [0, 2], Token) })
        {
            Assert.Equal([1, 1], outcome.TeamOf);
            Assert.Equal([1, 1], outcome.Position);
        }
    }

    [Fact]
    public void MentorProposing_AMenteeHoldingABetterInvitation_KeepsIt()
    {
        // Mentee 0 ranks team 1 first. Team 0 invites it first (team 0 is visited first), then team 1 does: the mentee
        // moves to team 1, and team 0, with room again, invites mentee 1.
        var model = PreferenceModel.FromLists(2, [0, 2, 3], [1, 0, 0], [0, 0, 1]);

        var outcome = DeferredAcceptance.MentorProposing(model, [1, 1], Token);

        Assert.Equal([1, 0], outcome.TeamOf);
        Assert.Equal([0, 0], outcome.Position);
        Assert.Equal(3, outcome.Proposals);
    }

    [Fact]
    public void CountBlockingPairs_UnstableMatchings_CountsEveryPairThatPrefersEachOther()
    {
        var model = Crossed();

        // Each mentee in its second choice: mentee 0 prefers team 0, but team 0 holds mentee 1, whom it ranks higher;
        // the same the other way round. No pair blocks (this is the teams' optimum).
        Assert.Equal(0, DeferredAcceptance.CountBlockingPairs(model, [1, 1], new DeferredAcceptance.Outcome([1, 0], [1, 1], 0), Token));

        // Nobody placed, every seat free: all four acceptable pairs block.
        Assert.Equal(4, DeferredAcceptance.CountBlockingPairs(model, [1, 1], new DeferredAcceptance.Outcome([-1, -1], [-1, -1], 0), Token));

        // Only mentee 0 placed, in its second choice (team 1): it blocks with team 0, which is empty. Mentee 1 blocks with
        // team 0 too, but not with team 1, which is full and holds mentee 0, whom it ranks higher: two pairs.
        Assert.Equal(2, DeferredAcceptance.CountBlockingPairs(model, [1, 1], new DeferredAcceptance.Outcome([1, -1], [1, -1], 0), Token));

        // Both in team 0 with two seats there (team 1 empty): mentee 1 prefers team 1, which has room: one pair.
        Assert.Equal(1, DeferredAcceptance.CountBlockingPairs(model, [2, 1], new DeferredAcceptance.Outcome([0, 0], [0, 1], 0), Token));
    }

    [Fact]
    public void CountBlockingPairs_AFullTeamHoldingSomeoneItRanksLower_Blocks()
    {
        // One seat; the team holds mentee 1 (key 9) while mentee 0 (key 0), unplaced, wants it.
        var model = PreferenceModel.FromLists(1, [0, 1, 2], [0, 0], [0, 9]);

        Assert.Equal(1, DeferredAcceptance.CountBlockingPairs(model, [1], new DeferredAcceptance.Outcome([-1, 0], [-1, 0], 0), Token));
        Assert.Equal(0, DeferredAcceptance.CountBlockingPairs(model, [1], new DeferredAcceptance.Outcome([0, -1], [0, -1], 0), Token));
    }
}
