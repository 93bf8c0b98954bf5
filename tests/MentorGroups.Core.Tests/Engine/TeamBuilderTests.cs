using MentorGroups.Engine;
using MentorGroups.Enrolments;
using MentorGroups.Groups;
using MentorGroups.Matching;
using MentorGroups.Participants;
using MentorGroups.Policies;
using MentorGroups.Programmes;

namespace MentorGroups.Tests.Engine;

/// <summary>How compiling a request forms the mentor teams (TeamBuilder), seen through <see cref="MatchingProblem.Teams"/>.</summary>
public sealed class TeamBuilderTests
{
    private static readonly Programme Groups = Programme.Builder("p", "Graduates").Build();

    private static Participant Person(string id, string[]? expertise = null, string[]? goals = null, string? manager = null) =>
        Participant.Builder(id).WithExpertise(expertise ?? []).WithLearningGoals(goals ?? []).ReportingTo(manager).Build();

    private static Enrolment Lead(string id, int capacity, string[]? expertise = null, string? manager = null) =>
        Enrolment.AsMentor(Person(id, expertise, manager: manager), capacity);

    private static Enrolment Co(string id, int capacity, string[]? expertise = null, string? manager = null) =>
        Enrolment.AsCoMentor(Person(id, expertise, manager: manager), capacity);

    private static MatchingProblem Compile(MatchingRequestBuilder builder, TeamPlan? plan = null) =>
        MatchingProblem.Compile(builder.Build(), plan, null, TestContext.Current.CancellationToken);

    /// <summary>Each team as "mentors:capacity", with "@group" for a running group and " locked" when it is.</summary>
    private static string[] Describe(MatchingProblem problem) =>
        [.. problem.Teams.Select(t => $"{string.Join("+", t.Mentors.Select(m => m.Id))}:{t.Capacity}{(t.ExistingGroup is { } g ? "@" + g : "")}{(t.IsLocked ? " locked" : "")}")];

    private static string[] Unteamed(MatchingProblem problem) => [.. problem.UnteamedMentors.Select(u => $"{u.Mentor}: {u.Explanation}")];

    private static MentoringGroup Group(string id, string[] mentors, string[] mentees, GroupSizePolicy? policy = null) =>
        MentoringGroup.Create(id, mentors.Select(m => new ParticipantId(m)), mentees.Select(m => new ParticipantId(m)), policy ?? GroupSizePolicy.Recommended);

    [Fact]
    public void Compile_CoMentors_JoinTheFreeLeadSharingMostExpertiseThenTheLowestId()
    {
        var builder = MatchingRequest.For(Groups).Add(
            Lead("L1", 3, ["a"]), Lead("L2", 2, ["b", "c"]), Lead("L3", 4, ["b", "c"]),
            Co("C1", 4, ["b", "c"]), Co("C2", 1, ["a"]), Co("C3", 3), Co("C4", 2))
            .AddMentee(Person("e"));

        var problem = Compile(builder);

        // C1 ties between L2 and L3 (two shared) and takes L2; C2 shares "a" with L1; C3 gets the one left; C4 none.
        Assert.Equal(["L1+C2:4", "L2+C1:6", "L3+C3:7"], Describe(problem));
        Assert.Equal(["C4: C4 is a co-mentor, and no lead mentor without a co-mentor may share a group with them."], Unteamed(problem));
    }

    [Fact]
    public void Compile_CoMentorReportsToTheBestLead_JoinsAnotherLead()
    {
        var builder = MatchingRequest.For(Groups).Add(Lead("L1", 2, ["a"]), Lead("L2", 2, ["b"]), Co("C1", 2, ["b"], manager: "L2"))
            .AddMentee(Person("e"));

        Assert.Equal(["L1+C1:4", "L2:2"], Describe(Compile(builder)));
    }

    [Fact]
    public void Compile_OneMentorPerGroup_CoMentorIsLeftOutWithReason()
    {
        var programme = Programme.Builder("p", "Pairs").WithFormat(ProgrammeFormat.OneToOne).Build();
        var builder = MatchingRequest.For(programme).Add(Lead("L1", 3), Co("C1", 2)).AddMentee(Person("e"));

        var problem = Compile(builder);

        Assert.Equal(["L1:1"], Describe(problem));
        Assert.Equal(["C1: C1 is a co-mentor, but the size policy allows one mentor per group."], Unteamed(problem));
    }

    [Fact]
    public void Compile_LeadAlone_CapacityCappedByTheRatioAndZeroStaysZero()
    {
        var builder = MatchingRequest.For(Groups).Add(Lead("L1", 7), Lead("L2", 0), Lead("L3", 4)).AddMentee(Person("e"));

        Assert.Equal(["L1:5", "L2:0", "L3:4"], Describe(Compile(builder)));
    }

    [Fact]
    public void Compile_RunningGroups_KeepTheirMentorsAndAtLeastTheirMentees()
    {
        var builder = MatchingRequest.For(Groups)
            .Add(Lead("L1", 4), Lead("L2", 1), Lead("L3", 5), Lead("L4", 2))
            .AddMentee(Person("a")).AddMentee(Person("b")).AddMentee(Person("c")).AddMentee(Person("d")).AddMentee(Person("e")).AddMentee(Person("f"))
            .WithExistingGroups([Group("G1", ["L1"], ["a", "b"]), Group("G2", ["L2"], ["c", "d", "e"])])
            .WithExistingGroups([Group("G3", ["L3"], ["f"])], locked: true);

        // G2's mentor offers one seat, but the group keeps its three; locked G3 takes nobody new.
        Assert.Equal(["L1:4@G1", "L2:3@G2", "L3:1@G3 locked", "L4:2"], Describe(Compile(builder)));
    }

    [Fact]
    public void Compile_RunningGroupLosesItsMentor_TheBestFittingFreeLeadWithRoomTakesItOver()
    {
        // L1 has too few seats, a reports to L2, L3 and L4 both fit but only L4's expertise covers the mentees' goals.
        var builder = MatchingRequest.For(Groups)
            .Add(Lead("L1", 1, ["sales"]), Lead("L2", 4, ["sales"]), Lead("L3", 2), Lead("L4", 2, ["sales"]))
            .AddMentee(Person("a", goals: ["sales"], manager: "L2")).AddMentee(Person("b", goals: ["sales"]))
            .WithExistingGroups([Group("G1", ["W"], ["a", "b"])])
            .Withdraw("W");

        var problem = Compile(builder);

        Assert.Equal(["L4:2@G1", "L1:1", "L2:4", "L3:2"], Describe(problem));
        Assert.Equal(0, problem.FixedTeamOf(problem.IndexOfMentee("a")));
    }

    [Fact]
    public void Compile_RunningGroupLosesItsMentorAndTwoLeadsFitAlike_TheLowerIdTakesItOver()
    {
        var builder = MatchingRequest.For(Groups)
            .Add(Lead("L2", 3), Lead("L1", 3))
            .AddMentee(Person("a")).AddMentee(Person("b")).AddMentee(Person("c"))
            .WithExistingGroups([Group("G1", ["W"], ["a", "b", "c"])])
            .Withdraw("W");

        Assert.Equal(["L1:3@G1", "L2:3"], Describe(Compile(builder)));
    }

    [Fact]
    public void Compile_RunningGroupLosesItsMentorAndNoLeadHasRoom_ItsMenteesArePlacedAfresh()
    {
        var builder = MatchingRequest.For(Groups)
            .Add(Lead("L1", 1), Lead("L2", 1))
            .AddMentee(Person("a")).AddMentee(Person("b"))
            .WithExistingGroups([Group("G1", ["W"], ["a", "b"])])
            .Withdraw("W");

        var problem = Compile(builder);

        Assert.Equal(["L1:1", "L2:1"], Describe(problem));
        Assert.False(problem.IsFixed(problem.IndexOfMentee("a")));
        Assert.Empty(problem.UnteamedMentors);
    }

    [Fact]
    public void Compile_RunningGroupLosesEveryMentee_ItsMentorIsNotASuccessorForAnother()
    {
        var builder = MatchingRequest.For(Groups)
            .Add(Lead("L1", 3))
            .AddMentee(Person("a"))
            .WithExistingGroups([Group("G1", ["W"], ["x"])])
            .Withdraw("W").Withdraw("x");

        // A group with nobody left is not taken over: the free lead opens a new group.
        Assert.Equal(["L1:3"], Describe(Compile(builder)));
    }

    [Fact]
    public void Compile_PeerProgramme_OpensJustEnoughGroupsForTheNewcomers()
    {
        var peers = Programme.Builder("p", "Peers").WithFormat(ProgrammeFormat.PeerGroup).Build();
        var builder = MatchingRequest.For(peers);
        foreach (var id in Support.People.Numbered("e", 12))
        {
            builder.AddMentee(Participant.Builder(id.Value).Build());
        }

        // The running group keeps e1–e3 (w left it); 9 newcomers need two groups of at most 8.
        builder.WithExistingGroups([Group("P1", [], ["e1", "e2", "e3", "w"], GroupSizePolicy.PeerGroup)]).Withdraw("w");

        var problem = Compile(builder);

        Assert.Equal([":8@P1", ":8", ":8"], Describe(problem));
        Assert.All(problem.Teams, t => Assert.True(t.IsPeerGroup));
    }

    [Fact]
    public void Compile_PeerProgrammeWithAFullGroupOfNewcomers_OpensOneGroup()
    {
        var peers = Programme.Builder("p", "Peers").WithFormat(ProgrammeFormat.PeerGroup).Build();
        var builder = MatchingRequest.For(peers);
        foreach (var id in Support.People.Numbered("e", 8))
        {
            builder.AddMentee(Participant.Builder(id.Value).Build());
        }

        Assert.Equal([":8"], Describe(Compile(builder)));
    }

    [Fact]
    public void Compile_WithAPlan_FormsThePlannedTeamsAndReportsTheMentorsLeftOut()
    {
        var builder = MatchingRequest.For(Groups)
            .Add(Lead("L1", 3), Lead("L2", 2), Lead("L3", 2), Lead("L4", 2), Co("C1", 4))
            .AddMentee(Person("e"));
        var plan = new TeamPlan([[new("L2"), new("C1")], [new("L1")]], new Dictionary<ParticipantId, string> { [new("L3")] = "L3 is kept in reserve." });

        var problem = Compile(builder, plan);

        Assert.Equal(["L2+C1:6", "L1:3"], Describe(problem));
        Assert.Equal(["L3: L3 is kept in reserve.", "L4: L4 was not chosen to lead or co-lead a group."], Unteamed(problem));
    }

    [Fact]
    public void Compile_PlanNamesAMentorOfARunningGroup_SkipsThemThere()
    {
        var builder = MatchingRequest.For(Groups)
            .Add(Lead("L1", 3), Lead("L2", 2), Co("C1", 4))
            .AddMentee(Person("a"))
            .WithExistingGroups([Group("G1", ["L1"], ["a"])]);
        var plan = new TeamPlan([[new("L1"), new("C1")], [new("L2")]]);

        var problem = Compile(builder, plan);

        Assert.Equal(["L1:3@G1", "C1:4", "L2:2"], Describe(problem));
        Assert.Empty(problem.UnteamedMentors);
    }

    [Fact]
    public void Compile_PlanNamesOnlyTheSuccessorOfARunningGroup_DropsTheEmptyTeam()
    {
        var builder = MatchingRequest.For(Groups)
            .Add(Lead("L1", 3), Lead("L2", 2))
            .AddMentee(Person("a"))
            .WithExistingGroups([Group("G1", ["W"], ["a"])])
            .Withdraw("W");
        var plan = new TeamPlan([[new("L1")], [new("L2")]]);

        var problem = Compile(builder, plan);

        Assert.Equal(["L1:3@G1", "L2:2"], Describe(problem));
        Assert.Empty(problem.UnteamedMentors);
    }

    [Theory]
    [InlineData("", "A planned team has 0 mentor(s); the size policy allows 1 to 2.")]
    [InlineData("L1,L2,C1", "A planned team has 3 mentor(s); the size policy allows 1 to 2.")]
    [InlineData("L1,x", "The team plan names x, who is not an enrolled mentor of the request.")]
    [InlineData("e", "The team plan names e, who is not an enrolled mentor of the request.")]
    [InlineData("L1|L2,L1", "The team plan names L1 in more than one team.")]
    public void Compile_PlanThatCannotBeFormed_ThrowsNamingTheProblem(string teams, string message)
    {
        var builder = MatchingRequest.For(Groups).Add(Lead("L1", 3), Lead("L2", 2), Co("C1", 4)).AddMentee(Person("e"));
        var plan = new TeamPlan(teams.Split('|').Select(t => (IReadOnlyList<ParticipantId>)[.. t.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(id => new ParticipantId(id))]));

        var error = Assert.Throws<ArgumentException>(() => Compile(builder, plan));

        Assert.Equal("plan", error.ParamName);
        Assert.StartsWith(message, error.Message, StringComparison.Ordinal);
    }
}
