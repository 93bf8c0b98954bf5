using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using MentorGroups.Engine;
using MentorGroups.Enrolments;
using MentorGroups.Matching;
using MentorGroups.Participants;
using MentorGroups.Policies;
using MentorGroups.Programmes;
using MentorGroups.Strategies.GroupFormation;

namespace MentorGroups.Tests.Strategies.GroupFormation;

[Properties(Arbitrary = [typeof(SmallFormationArbitraries)])]
public sealed class PlanSearchTests
{
    private static readonly HashSet<ParticipantId> NoneBusy = [];

    private static GroupSizePolicy Policy(SizeLimit minimum) => GroupSizePolicy.Create(
        SizeLimit.Hard(1, "a mentor"), SizeLimit.Hard(2, "two at most"), minimum, SizeLimit.Hard(10, "ten at most"), SizeLimit.Hard(5, "five each"));

    private static MatchingRequestBuilder Request(SizeLimit minimum) =>
        MatchingRequest.For(Programme.Builder("p", "Plans").WithSizePolicy(Policy(minimum)).Build());

    private static Participant Person(string id, string language = "en") => Participant.Builder(id).WithLanguages(language).Build();

    private static string Describe(TeamPlan plan) =>
        string.Join(" | ", plan.Teams.Select(t => string.Join('+', t.Select(id => id.Value))).Order(StringComparer.Ordinal));

    [Fact]
    public void AllPlans_ShortLeadsUnderAHardMinimum_PairsEachTwoOrLeavesThemOut()
    {
        var request = Request(SizeLimit.Hard(5, "test")).Add(
            Enrolment.AsMentor(Person("m0"), 3), Enrolment.AsMentor(Person("m1"), 3), Enrolment.AsMentor(Person("m2"), 3)).Build();

        var plans = PlanSearch.AllPlans(request, NoneBusy)!;

        Assert.Equal(["", "m0+m1", "m0+m2", "m1+m2"], plans.Select(Describe).Order(StringComparer.Ordinal));
        foreach (var plan in plans)
        {
            var inTeams = plan.Teams.SelectMany(t => t).ToHashSet();
            var idle = request.Mentors.Select(m => m.Id).Where(id => !inTeams.Contains(id)).ToHashSet();
            Assert.Equal(idle, plan.IdleReasons.Keys.ToHashSet());
            Assert.All(plan.IdleReasons.Values, reason => Assert.Contains("below the hard minimum of 5", reason, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void AllPlans_CoMentor_CoLeadsWithTheLeadOrStaysOutButNeverLeads()
    {
        var request = Request(SizeLimit.Recommended(5, "seed")).Add(Enrolment.AsMentor(Person("m0"), 5), Enrolment.AsCoMentor(Person("c1"), 3)).Build();

        var plans = PlanSearch.AllPlans(request, NoneBusy)!;

        // A lead who may lead alone is never left out of a plan: a group that gathers nobody is the same as none.
        Assert.Equal(["m0", "m0+c1"], plans.Select(Describe).Order(StringComparer.Ordinal));
        Assert.All(plans, p => Assert.Equal("m0", p.Teams.Single()[0].Value));
        var alone = plans.Single(p => Describe(p) == "m0");
        Assert.Contains("is a co-mentor", alone.IdleReasons[new ParticipantId("c1")], StringComparison.Ordinal);
    }

    [Fact]
    public void AllPlans_MentorsAHardConstraintKeepsApart_AreNeverPaired()
    {
        var request = Request(SizeLimit.Recommended(5, "seed"))
            .Add(Enrolment.AsMentor(Person("m0"), 3), Enrolment.AsMentor(Participant.Builder("m1").ReportingTo("m0").Build(), 3), Enrolment.AsMentor(Person("m2"), 3))
            .Build();

        var plans = PlanSearch.AllPlans(request, NoneBusy)!;

        // m1 reports to m0, so the line-manager rule keeps them apart.
        Assert.Equal(["m0 | m1 | m2", "m0 | m1+m2", "m0+m2 | m1"], plans.Select(Describe).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void AllPlans_BusyMentors_AreLeftToTheirRunningGroups()
    {
        var request = Request(SizeLimit.Recommended(5, "seed")).Add(Enrolment.AsMentor(Person("m0"), 5), Enrolment.AsMentor(Person("m1"), 5)).Build();

        var plans = PlanSearch.AllPlans(request, new HashSet<ParticipantId> { new("m0") })!;

        Assert.Equal(["m1"], plans.Select(Describe).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void AllPlans_MoreThanTheLimit_LeavesPlanningToThePlanner()
    {
        var builder = Request(SizeLimit.Recommended(5, "seed"));
        for (var m = 0; m < 8; m++)
        {
            builder.Add(Enrolment.AsMentor(Person($"m{m}"), 5));
        }

        // Eight mentors who may each lead, pair or stay out have far more than 256 plans.
        Assert.Null(PlanSearch.AllPlans(builder.Build(), NoneBusy));
    }

    [Fact]
    public void AllPlans_PeerGroups_HaveNoPlans()
    {
        var programme = Programme.Builder("p", "Peers").WithFormat(ProgrammeFormat.PeerGroup).Build();
        var request = MatchingRequest.For(programme).Add(Enrolment.AsMentee(Person("e0")), Enrolment.AsMentee(Person("e1"))).Build();

        Assert.Null(PlanSearch.AllPlans(request, NoneBusy));
    }

    /// <summary>
    /// Found by the property below: m1 is the only mentor e5 may have and m2 the only one e1 and e7 may have, so both
    /// groups open only when each takes two of the mentees every mentor may have, from the group that would hold them.
    /// </summary>
    [Fact]
    public void Match_TwoGroupsThatOpenOnlyTogether_PlacesEveryone()
    {
        string[] exclusions = ["....", "xx.x", "..x.", "....", "....", "x.xx", "..x.", "xx.x"];
        var instance = new SmallFormationInstance(4, [4, 4, 4, 2], WithCoMentor: false, [.. exclusions.Select(r => r.Select(c => c == 'x').ToArray())]);

        var result = new GroupFormationStrategyOptions().CreateStrategy().Match(instance.ToRequest(), TestContext.Current.CancellationToken);

        Assert.Equal(8, instance.MostPlaceable());
        Assert.Equal(8, result.Placements.Count);
        Assert.All(result.Groups, g => Assert.Equal(4, g.Mentees.Count));
    }

    /// <summary>
    /// On a programme of a few mentors, group formation places as many mentees as any grouping under the hard minimum
    /// can: every team plan is tried, so no rule of thumb about who pairs with whom costs a placement.
    /// </summary>
    [Property(MaxTest = 300)]
    public Property Match_SmallProgrammeUnderAHardMinimum_PlacesAsManyAsAnyGrouping(SmallFormationInstance instance)
    {
        var result = new GroupFormationStrategyOptions().CreateStrategy().Match(instance.ToRequest(), TestContext.Current.CancellationToken);
        var most = instance.MostPlaceable();
        var groups = string.Join(" ", result.Groups.Select(g => $"{string.Join('+', g.Mentors.Select(m => m.Value))}:{string.Join(',', g.Mentees.Select(m => m.Value))}"));

        return (result.Placements.Count == most).Label($"placed {result.Placements.Count} of the {most} possible in {groups}")
            .And(result.Groups.All(g => g.Mentees.Count >= instance.Minimum).Label($"a group below the hard minimum in {groups}"));
    }
}
