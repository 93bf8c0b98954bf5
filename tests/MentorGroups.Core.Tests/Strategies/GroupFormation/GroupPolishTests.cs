using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using MentorGroups.Engine;
using MentorGroups.Enrolments;
using MentorGroups.Matching;
using MentorGroups.Participants;
using MentorGroups.Policies;
using MentorGroups.Programmes;
using MentorGroups.Rules.Criteria;
using MentorGroups.Strategies.GroupFormation;

namespace MentorGroups.Tests.Strategies.GroupFormation;

public sealed class GroupPolishTests
{
    private static readonly DateTime NoDeadline = DateTime.MaxValue;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    /// <summary>
    /// Mentors m0.. of one mentor per group and the given capacities; mentee i scores <c>fit[i][m]</c> tenths with
    /// mentor m, and may not have the mentors listed in <paramref name="excluded"/>.
    /// </summary>
    private static FormationState State(SizeLimit minimum, int[] capacities, int[][] fit, params (int Mentee, int Mentor)[] excluded)
    {
        var policy = GroupSizePolicy.Create(SizeLimit.Hard(1, "a mentor"), SizeLimit.Hard(1, "one"), minimum, SizeLimit.Hard(10, "ten"), SizeLimit.Hard(5, "five"));
        var criterion = new AttributeCriterion("idx", (mentor, mentee) => fit[Parse(mentee)][Parse(mentor)] / 10.0, "table");
        var builder = MatchingRequest.For(Programme.Builder("p", "Polish").WithSizePolicy(policy).Build()).WithCriteria(new WeightedCriterion(criterion, 1));
        for (var m = 0; m < capacities.Length; m++)
        {
            builder.Add(Enrolment.AsMentor(Participant.Builder($"m{m}").WithAttribute("idx", Format(m)).Build(), capacities[m]));
        }

        for (var e = 0; e < fit.Length; e++)
        {
            builder.Add(Enrolment.AsMentee(Participant.Builder($"e{e}").WithAttribute("idx", Format(e)).Build()));
        }

        foreach (var (mentee, mentor) in excluded)
        {
            builder.Exclude($"e{mentee}", $"m{mentor}");
        }

        var plan = new TeamPlan([.. Enumerable.Range(0, capacities.Length).Select(m => (IReadOnlyList<ParticipantId>)[new ParticipantId($"m{m}")])]);
        return new FormationState(MatchingProblem.Compile(builder.Build(), plan, null, Token));
    }

    private static int Team(FormationState state, int mentor) => state.Problem.TeamOfMentor(new ParticipantId($"m{mentor}"));

    private static void Place(FormationState state, int mentee, int mentor) => Assert.True(state.Join(mentee, Team(state, mentor)));

    [Fact]
    public void Run_TwoMenteesEachInTheOthersBetterGroup_SwapsThem()
    {
        var state = State(SizeLimit.Recommended(1), [1, 1], [[9, 4], [4, 9]]);
        Place(state, 0, 1);
        Place(state, 1, 0);
        var polish = new GroupPolish(state, minimum: 1, hard: false, cohesionWeight: 0, NoDeadline);

        polish.Run(Token);

        Assert.Equal(Team(state, 0), state.Assignment.TeamOf(0));
        Assert.Equal(Team(state, 1), state.Assignment.TeamOf(1));
        Assert.Equal(1, polish.Changes);
    }

    [Fact]
    public void Run_MenteeLeftOutWhoFitsBetterThanAMember_TakesTheSeat()
    {
        // m0 has one seat, held by e0; e1 fits m0 better and may have nobody else.
        var state = State(SizeLimit.Recommended(1), [1], [[3], [9]]);
        Place(state, 0, 0);
        var polish = new GroupPolish(state, minimum: 1, hard: false, cohesionWeight: 0, NoDeadline);

        polish.Run(Token);

        Assert.Equal(Team(state, 0), state.Assignment.TeamOf(1));
        Assert.Equal(-1, state.Assignment.TeamOf(0));
    }

    [Theory]
    [InlineData(true, -1)]
    [InlineData(false, 1)]
    public void Run_OnlyGroupForALeftOutMentee_IsOpenedBelowTheMinimumOnlyWhenItIsNotHard(bool hard, int expectedMentor)
    {
        // e0 and e1 are with m0; e2 may not have m0, and alone with m1 would make a group of one below the minimum of 2.
        var state = State(hard ? SizeLimit.Hard(2) : SizeLimit.Recommended(2), [2, 2], [[5, 5], [5, 5], [5, 5]], (2, 0));
        Place(state, 0, 0);
        Place(state, 1, 0);

        new GroupPolish(state, minimum: 2, hard, cohesionWeight: 0, NoDeadline).Run(Token);

        Assert.Equal(expectedMentor < 0 ? -1 : Team(state, expectedMentor), state.Assignment.TeamOf(2));
        Assert.Equal(2, state.Size(Team(state, 0)));
    }

    [Fact]
    public void Run_MoveThatWouldTakeAGroupBelowAHardMinimum_IsNotMade()
    {
        // Everyone fits m0 better, and m0 has room, but m1's group would fall to 2, below the hard minimum of 3.
        var state = State(SizeLimit.Hard(3), [5, 5], [[9, 1], [9, 1], [9, 1], [9, 1], [9, 1], [9, 1]]);
        for (var e = 0; e < 6; e++)
        {
            Place(state, e, e < 3 ? 0 : 1);
        }

        new GroupPolish(state, minimum: 3, hard: true, cohesionWeight: 0, NoDeadline).Run(Token);

        Assert.Equal(3, state.Size(Team(state, 0)));
        Assert.Equal(3, state.Size(Team(state, 1)));
    }

    /// <summary>
    /// The iterated search never returns worse groups than it started from, never breaks a hard minimum it started
    /// within, and gives the same groups for the same seed.
    /// </summary>
    [Property(MaxTest = 100)]
    public Property Explore_RandomProgramme_NeverWorseAndRepeatable(NonNegativeInt seed)
    {
        var random = new Random(seed.Get);
        var capacities = Enumerable.Range(0, 2 + random.Next(3)).Select(_ => random.Next(6)).ToArray();
        var fit = Enumerable.Range(0, 3 + random.Next(12)).Select(_ => capacities.Select(_ => random.Next(11)).ToArray()).ToArray();
        var excluded = Enumerable.Range(0, fit.Length).SelectMany(e => Enumerable.Range(0, capacities.Length).Select(m => (e, m)))
            .Where(_ => random.Next(5) == 0).ToArray();

        int[] Explored(out FormationQuality before, out FormationQuality after)
        {
            var state = State(SizeLimit.Hard(2), capacities, fit, excluded);
            StartGreedily(state, minimum: 2);
            var polish = new GroupPolish(state, minimum: 2, hard: true, cohesionWeight: 0, NoDeadline);
            polish.Run(Token);
            before = FormationQuality.Of(state, 2, 0);
            polish.Explore(kicks: 200, seed.Get, Token);
            after = FormationQuality.Of(state, 2, 0);
            Assert.All(state.Members, members => Assert.True(members.Count is 0 or >= 2, $"a group of {members.Count}"));
            return [.. Enumerable.Range(0, fit.Length).Select(state.Assignment.TeamOf)];
        }

        var first = Explored(out var start, out var end);
        var second = Explored(out _, out _);
        return (end.CompareTo(start) >= 0).Label($"explored {end} is worse than {start}")
            .And(first.SequenceEqual(second).Label("the same seed gave other groups"));
    }

    /// <summary>
    /// The search skips what it tried on groups that have not changed since; it must still end where a search that
    /// remembers nothing finds no change to make, after <see cref="GroupPolish.Run"/> and after the iterated search.
    /// </summary>
    [Property(MaxTest = 100)]
    public Property Run_RandomProgramme_EndsWhereAFreshSearchFindsNothing(NonNegativeInt seed, bool hard)
    {
        var random = new Random(seed.Get);
        var capacities = Enumerable.Range(0, 2 + random.Next(4)).Select(_ => random.Next(6)).ToArray();
        var fit = Enumerable.Range(0, 3 + random.Next(16)).Select(_ => capacities.Select(_ => random.Next(11)).ToArray()).ToArray();
        var excluded = Enumerable.Range(0, fit.Length).SelectMany(e => Enumerable.Range(0, capacities.Length).Select(m => (e, m)))
            .Where(_ => random.Next(5) == 0).ToArray();
        var state = State(hard ? SizeLimit.Hard(2) : SizeLimit.Recommended(2), capacities, fit, excluded);
        StartGreedily(state, minimum: 2);
        var polish = new GroupPolish(state, minimum: 2, hard, cohesionWeight: 0, NoDeadline);

        polish.Run(Token);
        var afterRun = FreshChanges(state, hard);
        polish.Explore(kicks: 100, seed.Get, Token);
        var afterExplore = FreshChanges(state, hard);

        return (afterRun == 0).Label($"a fresh search changed {afterRun} after the search")
            .And((afterExplore == 0).Label($"a fresh search changed {afterExplore} after the iterated search"));
    }

    private static int FreshChanges(FormationState state, bool hard)
    {
        var fresh = new GroupPolish(state, minimum: 2, hard, cohesionWeight: 0, NoDeadline);
        fresh.Run(Token, groupChanges: false);
        return fresh.Changes;
    }

    /// <summary>Each mentee into the first group of theirs with room; then groups below the minimum are emptied.</summary>
    private static void StartGreedily(FormationState state, int minimum)
    {
        for (var m = 0; m < state.Problem.Mentees.Count; m++)
        {
            foreach (var candidate in state.Candidates(m))
            {
                if (state.HasRoom(candidate.Team) && state.CanJoin(m, candidate.Team, keepMeeting: false) && state.Join(m, candidate.Team))
                {
                    break;
                }
            }
        }

        foreach (var members in state.Members.Where(l => l.Count < minimum))
        {
            foreach (var m in members.ToArray())
            {
                state.Leave(m);
            }
        }
    }

    private static string Format(int index) => index.ToString(CultureInfo.InvariantCulture);

    private static int Parse(string value) => int.Parse(value, CultureInfo.InvariantCulture);
}
