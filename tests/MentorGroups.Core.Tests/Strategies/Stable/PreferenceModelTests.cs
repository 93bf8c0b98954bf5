using MentorGroups.Engine;
using MentorGroups.Matching;
using MentorGroups.Participants;
using MentorGroups.Programmes;
using MentorGroups.Strategies.Stable;

namespace MentorGroups.Tests.Strategies.Stable;

/// <summary>
/// The preferences deferred acceptance runs on, read directly: lists derived from scores, explicit lists filtered by
/// the hard constraints and by what the other side accepts, and the teams' view built from the mentees'.
/// </summary>
public sealed class PreferenceModelTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private static Participant Person(string id, string[]? goals = null, string[]? expertise = null) =>
        Participant.Builder(id).WithLearningGoals(goals ?? []).WithExpertise(expertise ?? []).Build();

    private static PreferenceLists Lists(Dictionary<string, string[]> mentees, Dictionary<string, string[]> mentors) =>
        new(Ids(mentees), Ids(mentors));

    private static Dictionary<ParticipantId, IReadOnlyList<ParticipantId>> Ids(Dictionary<string, string[]> lists) =>
        lists.ToDictionary(l => new ParticipantId(l.Key), l => (IReadOnlyList<ParticipantId>)[.. l.Value.Select(v => new ParticipantId(v))]);

    private static MatchingRequestBuilder ThreeMentors() => MatchingRequest.For(Programme.Builder("p1", "Graduates").Build())
        .AddMentor(Person("m1", expertise: ["finance"]), 2)
        .AddMentor(Person("m2", expertise: ["leadership"]), 2)
        .AddMentor(Person("m3", expertise: ["finance", "leadership"]), 2)
        .AddMentee(Person("a", goals: ["finance"]))
        .AddMentee(Person("b", goals: ["leadership"]))
        .AddMentee(Person("c", goals: ["finance"]));

    private static string[] TeamsOf(MatchingProblem problem, PreferenceModel model, string mentee)
    {
        var m = problem.IndexOfMentee(mentee);
        return [.. Enumerable.Range(0, model.Length(m)).Select(i => problem.Teams[model.TeamAt(m, i, out _)].Lead.Id.Value)];
    }

    private static long KeyOf(MatchingProblem problem, PreferenceModel model, string mentee, string mentor)
    {
        var m = problem.IndexOfMentee(mentee);
        var team = problem.TeamOfMentor(mentor);
        for (var i = 0; i < model.Length(m); i++)
        {
            if (model.TeamAt(m, i, out var key) == team)
            {
                return key;
            }
        }

        throw new InvalidOperationException($"{mentee} does not list {mentor}");
    }

    [Fact]
    public void Create_WithoutLists_ReadsTheCandidateListsAsTheyAre()
    {
        var problem = MatchingProblem.Compile(ThreeMentors().Build(), Token);

        var model = PreferenceModel.Create(problem, Token);

        Assert.False(model.IsExplicit);
        Assert.Equal((3, 3), (model.MenteeCount, model.TeamCount));
        for (var m = 0; m < problem.Mentees.Count; m++)
        {
            var candidates = problem.Candidates(m).ToArray();
            Assert.Equal(candidates.Length, model.Length(m));
            Assert.Equal(candidates.Select(c => c.Team), Enumerable.Range(0, model.Length(m)).Select(i => model.TeamAt(m, i, out _)));
        }
    }

    [Fact]
    public void Create_WithoutLists_TeamsPreferBetterValuesThenLowerMenteeIndexes()
    {
        var problem = MatchingProblem.Compile(ThreeMentors().Build(), Token);
        var model = PreferenceModel.Create(problem, Token);

        // m1 (finance) fits a and c better than b; a and c score the same, and a comes first in the request.
        Assert.True(KeyOf(problem, model, "a", "m1") < KeyOf(problem, model, "b", "m1"));
        Assert.True(KeyOf(problem, model, "a", "m1") < KeyOf(problem, model, "c", "m1"));
        Assert.True(KeyOf(problem, model, "c", "m1") < KeyOf(problem, model, "b", "m1"));
        Assert.True(KeyOf(problem, model, "b", "m2") < KeyOf(problem, model, "a", "m2"));
    }

    [Fact]
    public void Create_ExplicitLists_KeepTheMenteesOrderOfAllowedTeamsOnly()
    {
        // a names m3, whom an exclusion forbids, between m2 and m1. (Unknown and repeated names are refused when the
        // request is built.)
        var request = ThreeMentors()
            .Exclude("a", "m3")
            .WithPreferences(Lists(
                new() { ["a"] = ["m2", "m3", "m1"], ["b"] = [] },
                []))
            .Build();
        var problem = MatchingProblem.Compile(request, Token);

        var model = PreferenceModel.Create(problem, Token);

        Assert.True(model.IsExplicit);
        Assert.Equal(["m2", "m1"], TeamsOf(problem, model, "a"));
        Assert.Empty(TeamsOf(problem, model, "b"));

        // c has no list: every allowed team, in the candidates' order (by score).
        Assert.Equal(problem.Candidates(problem.IndexOfMentee("c")).ToArray().Select(x => problem.Teams[x.Team].Lead.Id.Value), TeamsOf(problem, model, "c"));
    }

    [Fact]
    public void Create_ExplicitLists_ATeamRanksByItsLeadsListAndDropsWhomItOmits()
    {
        // m1 wants c, then a, and leaves b out; m2 gave no list and ranks by scores.
        var request = ThreeMentors()
            .WithPreferences(Lists([], new() { ["m1"] = ["c", "a"] }))
            .Build();
        var problem = MatchingProblem.Compile(request, Token);

        var model = PreferenceModel.Create(problem, Token);

        Assert.Equal(0, KeyOf(problem, model, "c", "m1"));
        Assert.Equal(1, KeyOf(problem, model, "a", "m1"));
        Assert.DoesNotContain("m1", TeamsOf(problem, model, "b"));
        Assert.Contains("m2", TeamsOf(problem, model, "b"));
        Assert.True(KeyOf(problem, model, "b", "m2") < KeyOf(problem, model, "a", "m2"));
    }

    [Fact]
    public void BuildTeamLists_GivesEachTeamItsMenteesBestKeyFirst_WithTheirPositions()
    {
        // Team 0 is listed by all four mentees at different positions and keys; team 1 by one mentee only.
        var model = PreferenceModel.FromLists(
            teamCount: 3,
            offsets: [0, 2, 3, 5, 6],
            teams: [1, 0, 0, 2, 0, 0],
            keys: [7, 30, 10, 1, 20, 5]);

        var lists = model.BuildTeamLists(Token);

        var taken = new List<(int Mentee, int Rank)>();
        while (lists.TryTakeNext(0, out var mentee, out var rank))
        {
            taken.Add((mentee, rank));
        }

        Assert.Equal([(3, 0), (1, 0), (2, 1), (0, 1)], taken);
        Assert.True(lists.TryTakeNext(1, out var only, out var position));
        Assert.Equal((0, 0), (only, position));
        Assert.False(lists.TryTakeNext(1, out var none, out var noRank));
        Assert.Equal((-1, -1), (none, noRank));
        Assert.True(lists.TryTakeNext(2, out var third, out _));
        Assert.Equal(2, third);
    }

    [Fact]
    public void BuildTeamLists_ManyMentees_ComeOutInKeyOrder()
    {
        // Enough entries per team for the heap to sift several levels; keys drawn with ties.
        var random = new Random(3);
        const int mentees = 300;
        var keys = Enumerable.Range(0, mentees).Select(_ => (long)random.Next(50)).ToArray();
        var model = PreferenceModel.FromLists(1, [.. Enumerable.Range(0, mentees + 1)], new int[mentees], keys);

        var lists = model.BuildTeamLists(Token);
        var order = new List<long>();
        while (lists.TryTakeNext(0, out var mentee, out var rank))
        {
            Assert.Equal(0, rank);
            order.Add(keys[mentee]);
        }

        Assert.Equal(mentees, order.Count);
        Assert.Equal(keys.Order(), order);
    }

    [Fact]
    public void Create_And_BuildTeamLists_CancelledToken_Throw()
    {
        var problem = MatchingProblem.Compile(ThreeMentors().WithPreferences(Lists([], [])).Build(), Token);
        using var source = new CancellationTokenSource();
        source.Cancel();

        Assert.Throws<OperationCanceledException>(() => PreferenceModel.Create(problem, source.Token));
        Assert.Throws<OperationCanceledException>(() => PreferenceModel.Create(problem, Token).BuildTeamLists(source.Token));
    }
}
