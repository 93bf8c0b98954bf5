using MentorGroups.Enrolments;
using MentorGroups.Matching;
using MentorGroups.Participants;
using MentorGroups.Programmes;
using MentorGroups.Rules.Constraints;
using MentorGroups.Strategies;
using MentorGroups.Validation;

namespace MentorGroups.Tests.Rules.Constraints;

/// <summary>
/// The organisation chart: D reports to C, C to B (not enrolled), B to A (not enrolled). The chart names the managers
/// of people who are not enrolled; enrolled people without a chart entry keep their profile's line manager.
/// </summary>
public sealed class ManagementChainConstraintTests
{
    private static readonly Programme Programme = Programme.Builder("p", "Graduates").Build();

    private static readonly OrganisationChart Chart = new(new Dictionary<ParticipantId, ParticipantId>
    {
        [new("D")] = new("C"),
        [new("C")] = new("B"),
        [new("B")] = new("A"),
    });

    private static Enrolment Mentee(string id, string? manager = null) =>
        Enrolment.AsMentee(Participant.Builder(id).ReportingTo(manager).Build());

    private static Enrolment Mentor(string id) => Enrolment.AsMentor(Participant.Builder(id).Build(), 5);

    private static MemberPair Pair(Enrolment a, Enrolment b) => new(a, b, Programme);

    [Fact]
    public void Allows_ManagerTwoLevelsUpNotEnrolledInBetween_Refuses()
    {
        var constraint = new ManagementChainConstraint(Chart);
        var pair = Pair(Mentee("D"), Mentor("B"));

        Assert.False(constraint.Allows(pair));
        Assert.False(constraint.Allows(Pair(Mentor("B"), Mentee("D"))));
        Assert.Equal("B is 2 levels up the management chain of D", constraint.Explain(pair));
    }

    [Fact]
    public void Allows_ThreeLevelsUpWithTheDefaultTwo_Allows_AndWithThreeLevels_Refuses()
    {
        var pair = Pair(Mentee("D"), Mentor("A"));

        Assert.True(new ManagementChainConstraint(Chart).Allows(pair));
        Assert.False(new ManagementChainConstraint(Chart, levels: 3).Allows(pair));
    }

    [Fact]
    public void Allows_ProfileLineManagerWithoutChartEntry_StartsTheChainThere()
    {
        var constraint = new ManagementChainConstraint(Chart);

        // E is not in the chart; their profile says C, whose manager B is two levels up.
        Assert.False(constraint.Allows(Pair(Mentee("E", manager: "C"), Mentor("B"))));
        Assert.Equal("C is the line manager of E", constraint.Explain(Pair(Mentee("E", manager: "C"), Mentor("C"))));
    }

    [Fact]
    public void Allows_MenteesOfTheSameManager_RefusedOnlyWhenTeammatesAreSeparated()
    {
        var pair = Pair(Mentee("E", manager: "C"), Mentee("F", manager: "C"));

        Assert.True(new ManagementChainConstraint(Chart).Allows(pair));
        var strict = new ManagementChainConstraint(Chart, separateTeammates: true);
        Assert.False(strict.Allows(pair));
        Assert.Equal("E and F are mentees of the same line manager (C)", strict.Explain(pair));
    }

    [Fact]
    public void Allows_MentorAndMenteeOfTheSameManager_AreNotTeammates()
    {
        var mentor = Enrolment.AsMentor(Participant.Builder("G").ReportingTo("C").Build(), 5);

        Assert.True(new ManagementChainConstraint(Chart, separateTeammates: true).Allows(Pair(Mentee("E", manager: "C"), mentor)));
    }

    [Fact]
    public void Constructor_LevelsBelowOne_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new ManagementChainConstraint(Chart, levels: 0));

    [Fact]
    public void OrganisationChart_PersonTheirOwnManager_NamesEveryone()
    {
        var error = Assert.Throws<MentorGroupsValidationException>(() => new OrganisationChart(new Dictionary<ParticipantId, ParticipantId>
        {
            [new("X")] = new("X"),
            [new("Y")] = new("Y"),
        }));

        Assert.Equal(2, error.Errors.Count);
    }

    [Fact]
    public void Match_WithOrganisationChart_KeepsTheChainApartAndExplainsIt()
    {
        // One mentor, B, two levels above D: D cannot join B's group, and says why.
        var request = MatchingRequest.For(Programme)
            .Add(Mentor("B"), Mentee("D"), Mentee("E"))
            .WithOrganisationChart(Chart)
            .Build();

        var result = MatchingStrategyCatalog.CreateDefault().Create(MatchingStrategyCatalog.RecommendedStrategy).Match(request, TestContext.Current.CancellationToken);

        var unmatched = Assert.Single(result.Unmatched);
        Assert.Equal("D", unmatched.Mentee.Value);
        Assert.Equal(UnmatchedReason.NoCompatibleMentor, unmatched.Reason);
        Assert.Contains("management-chain", unmatched.Explanation, StringComparison.Ordinal);
    }
}
