using MentorGroups.Engine;
using MentorGroups.Groups;
using MentorGroups.Matching;
using MentorGroups.Participants;
using MentorGroups.Policies;
using MentorGroups.Programmes;

namespace MentorGroups.Tests.Engine;

/// <summary>How a team names itself in explanations, and what a peer group (no mentor) answers.</summary>
public sealed class MentorTeamDescriptionTests
{
    [Fact]
    public void Describe_MentoredTeam_NamesTheLead()
    {
        var request = MatchingRequest.For(Programme.Builder("p", "Graduates").Build())
            .AddMentor(Participant.Builder("L1").Build(), 2)
            .AddMentee(Participant.Builder("e").Build())
            .Build();

        var team = Assert.Single(MatchingProblem.Compile(request, TestContext.Current.CancellationToken).Teams);

        Assert.Equal("the group of L1", team.Describe());
        Assert.Equal("L1", team.Lead.Id.Value);
        Assert.False(team.IsPeerGroup);
    }

    [Fact]
    public void Describe_PeerGroups_NameTheRunningGroupOrNumberTheNewOnes()
    {
        var builder = MatchingRequest.For(Programme.Builder("p", "Peers").WithFormat(ProgrammeFormat.PeerGroup).Build());
        foreach (var id in Support.People.Numbered("e", 12))
        {
            builder.AddMentee(Participant.Builder(id.Value).Build());
        }

        builder.WithExistingGroups([MentoringGroup.Create("P1", [], [new ParticipantId("e1"), new ParticipantId("e2")], GroupSizePolicy.PeerGroup)]);
        var teams = MatchingProblem.Compile(builder.Build(), TestContext.Current.CancellationToken).Teams;

        Assert.Equal(["peer group P1", "new peer group 2", "new peer group 3"], teams.Select(t => t.Describe()));
        Assert.All(teams, t => Assert.True(t.IsPeerGroup));
        var error = Assert.Throws<InvalidOperationException>(() => teams[1].Lead);
        Assert.Equal("A peer group has no lead mentor.", error.Message);
    }
}
