using MentorGroups.Enrolments;
using MentorGroups.Matching;
using MentorGroups.Participants;
using MentorGroups.Programmes;
using MentorGroups.Strategies.Greedy;
using MentorGroups.Strategies.Stable;

namespace MentorGroups.Tests.Strategies;

public sealed class StableMatchingStrategyTests
{
    private static readonly IMatchingStrategy MentorProposing =
        new StableMatchingStrategyOptions { Proposer = StableMatchingProposer.Mentors }.CreateStrategy();

    private static Participant Person(string id, string[]? goals = null, string[]? expertise = null, string? manager = null) =>
        Participant.Builder(id).WithLearningGoals(goals ?? []).WithExpertise(expertise ?? []).ReportingTo(manager).Build();

    private static Programme Graduates() => Programme.Builder("p1", "Graduates").Build();

    private static PreferenceLists Lists(Dictionary<string, string[]> mentees, Dictionary<string, string[]> mentors) =>
        new(Ids(mentees), Ids(mentors));

    private static Dictionary<ParticipantId, IReadOnlyList<ParticipantId>> Ids(Dictionary<string, string[]> lists) =>
        lists.ToDictionary(l => new ParticipantId(l.Key), l => (IReadOnlyList<ParticipantId>)[.. l.Value.Select(v => new ParticipantId(v))]);

    private static string[] MenteesOf(MatchingResult result, string lead) =>
        [.. result.Groups.SingleOrDefault(g => g.LeadMentor == lead)?.Mentees.Select(m => m.Value) ?? []];

    [Fact]
    public void Name_Defaults_NameTheProposingSide()
    {
        Assert.Equal("stable", new StableMatchingStrategyOptions().CreateStrategy().Name);
        Assert.Equal("stable-mentor-proposing", MentorProposing.Name);
    }

    [Fact]
    public void Match_TwoMentorTeam_RanksMenteesByTheLeadsList()
    {
        // The co-mentor's list is not used, and a mentee naming the co-mentor applies to the team.
        var request = MatchingRequest.For(Graduates())
            .AddMentor(Person("lead"), 1)
            .Add(Enrolment.AsCoMentor(Person("co"), 1))
            .AddMentee(Person("a"))
            .AddMentee(Person("b"))
            .AddMentee(Person("c"))
            .WithPreferences(Lists(
                new() { ["a"] = ["co"], ["b"] = ["co"], ["c"] = ["lead"] },
                new() { ["lead"] = ["c", "a"], ["co"] = ["b", "a", "c"] }))
            .Build();

        var result = new StableMatchingStrategyOptions().CreateStrategy().Match(request, TestContext.Current.CancellationToken);

        var group = Assert.Single(result.Groups);
        Assert.Equal(["lead", "co"], group.Mentors.Select(m => m.Value));
        Assert.Equal(["a", "c"], group.Mentees.Select(m => m.Value));
        Assert.Equal("b", Assert.Single(result.Unmatched).Mentee.Value);
    }

    [Fact]
    public void Match_ListedPairForbiddenByConstraint_IsUnacceptable()
    {
        // a lists their own line manager first; b is listed by nobody; both sides must accept a pair.
        var request = MatchingRequest.For(Graduates())
            .AddMentor(Person("m1"), 2)
            .AddMentor(Person("m2"), 2)
            .AddMentee(Person("a", manager: "m1"))
            .AddMentee(Person("b"))
            .WithPreferences(Lists(
                new() { ["a"] = ["m1", "m2"], ["b"] = ["m1", "m2"] },
                new() { ["m1"] = ["a"], ["m2"] = ["a"] }))
            .Build();

        var result = new StableMatchingStrategyOptions().CreateStrategy().Match(request, TestContext.Current.CancellationToken);

        Assert.Equal(["a"], MenteesOf(result, "m2"));
        Assert.Empty(MenteesOf(result, "m1"));
        Assert.Equal("b", Assert.Single(result.Unmatched).Mentee.Value);
        Assert.Equal(1, result.Metrics["stable"]);
    }

    [Fact]
    public void Match_PinnedMentee_TakesASeatBeforeMatching()
    {
        var request = MatchingRequest.For(Graduates())
            .AddMentor(Person("m1"), 2)
            .AddMentor(Person("m2"), 1)
            .AddMentee(Person("a"))
            .AddMentee(Person("b"))
            .AddMentee(Person("c"))
            .Pin("c", "m1")
            .WithPreferences(Lists(
                new() { ["a"] = ["m1", "m2"], ["b"] = ["m1", "m2"] },
                new() { ["m1"] = ["b", "a"], ["m2"] = ["a", "b"] }))
            .Build();

        var result = new StableMatchingStrategyOptions().CreateStrategy().Match(request, TestContext.Current.CancellationToken);

        Assert.Equal(["b", "c"], MenteesOf(result, "m1"));
        Assert.Equal(["a"], MenteesOf(result, "m2"));
        Assert.True(result.PlacementOf("c")!.Pinned);
    }

    [Fact]
    public void Match_WithoutPreferences_TheMentorTakesTheBetterFittingMentee()
    {
        var request = MatchingRequest.For(Graduates())
            .AddMentor(Person("m1", expertise: ["leadership"]), 1)
            .AddMentee(Person("a", goals: ["finance"]))
            .AddMentee(Person("b", goals: ["leadership"]))
            .Build();

        var result = new StableMatchingStrategyOptions().CreateStrategy().Match(request, TestContext.Current.CancellationToken);

        Assert.Equal(["b"], MenteesOf(result, "m1"));
        var unmatched = Assert.Single(result.Unmatched);
        Assert.Equal("a", unmatched.Mentee.Value);
        Assert.Equal(UnmatchedReason.CapacityExhausted, unmatched.Reason);
        Assert.Equal(0, result.Metrics["explicitPreferences"]);
    }

    [Fact]
    public void Match_EqualScores_LowerIndexWinsOnBothSides()
    {
        // Everyone scores the same: mentees try the lower team index first, a full team keeps the lower mentee index.
        var request = MatchingRequest.For(Graduates())
            .AddMentor(Person("m1"), 1)
            .AddMentor(Person("m2"), 1)
            .AddMentee(Person("c"))
            .AddMentee(Person("b"))
            .AddMentee(Person("a"))
            .Build();

        foreach (var strategy in new[] { new StableMatchingStrategyOptions().CreateStrategy(), MentorProposing })
        {
            var result = strategy.Match(request, TestContext.Current.CancellationToken);

            Assert.Equal(["a"], MenteesOf(result, "m1"));
            Assert.Equal(["b"], MenteesOf(result, "m2"));
            Assert.Equal("c", Assert.Single(result.Unmatched).Mentee.Value);
        }
    }

    [Fact]
    public void Match_PeopleWithoutLists_RankByScores()
    {
        // Lists exist, but nobody here has one: the result is the score-derived one.
        var builder = MatchingRequest.For(Graduates())
            .AddMentor(Person("m1", expertise: ["leadership"]), 1)
            .AddMentor(Person("m2", expertise: ["finance"]), 1)
            .AddMentee(Person("a", goals: ["finance"]))
            .AddMentee(Person("b", goals: ["leadership"]));
        var derived = new StableMatchingStrategyOptions().CreateStrategy().Match(builder.Build(), TestContext.Current.CancellationToken);

        var withEmptyLists = new StableMatchingStrategyOptions().CreateStrategy()
            .Match(builder.WithPreferences(Lists([], [])).Build(), TestContext.Current.CancellationToken);

        Assert.Equal(["b"], MenteesOf(withEmptyLists, "m1"));
        Assert.Equal(["a"], MenteesOf(withEmptyLists, "m2"));
        Assert.Equal(derived.Groups, withEmptyLists.Groups);
        Assert.Equal(1, withEmptyLists.Metrics["explicitPreferences"]);
    }

    [Fact]
    public void Match_SameRequestInAnyInputOrder_GivesTheSameResult()
    {
        Participant[] mentors = [Person("m1", expertise: ["leadership", "finance"]), Person("m2", expertise: ["finance"]), Person("m3", expertise: ["coaching"])];
        Participant[] mentees = [.. "abcdefgh".Select((c, i) => Person(c.ToString(), goals: [i % 3 == 0 ? "coaching" : i % 3 == 1 ? "finance" : "leadership"]))];
        MatchingRequest Build(IEnumerable<Participant> ordered, IEnumerable<Participant> menteeOrder)
        {
            var builder = MatchingRequest.For(Graduates());
            foreach (var m in ordered)
            {
                builder.AddMentor(m, 2);
            }

            foreach (var m in menteeOrder)
            {
                builder.AddMentee(m);
            }

            return builder.Build();
        }

        foreach (var strategy in new[] { new StableMatchingStrategyOptions().CreateStrategy(), MentorProposing })
        {
            var first = strategy.Match(Build(mentors, mentees), TestContext.Current.CancellationToken);
            var again = strategy.Match(Build(mentors, mentees), TestContext.Current.CancellationToken);
            var reversed = strategy.Match(Build(mentors.Reverse(), mentees.Reverse()), TestContext.Current.CancellationToken);

            Assert.Equal(first.Groups, again.Groups);
            Assert.Equal(first.Groups, reversed.Groups);
            Assert.Equal(first.Unmatched.Select(u => u.Mentee), reversed.Unmatched.Select(u => u.Mentee));
            Assert.Equal(first.Metrics["proposals"], reversed.Metrics["proposals"]);
        }
    }

    [Fact]
    public void Match_Result_ReportsProposalsAndStability()
    {
        var vector = Vectors.StableMatchingVectors.Named("hospital-resident-readme");

        var result = new StableMatchingStrategyOptions().CreateStrategy().Match(vector.ToRequest(), TestContext.Current.CancellationToken);

        // Five first applications; C turns down J and S (it holds D and A), who then apply to G and M: seven in all.
        Assert.Equal(7, result.Metrics["proposals"]);
        Assert.Equal(1, result.Metrics["stable"]);
        Assert.Equal(0, result.Metrics["blockingPairs"]);
        Assert.Equal(1, result.Metrics["explicitPreferences"]);
        Assert.True(result.Metrics.ContainsKey("elapsedMilliseconds"));
        Assert.Equal("stable", result.StrategyName);
    }

    [Fact]
    public void Match_Metrics_CountTheCandidatePairsAsGreedyDoes()
    {
        var request = Vectors.StableMatchingVectors.Named("hospital-resident-readme").ToRequest();

        var stable = new StableMatchingStrategyOptions().CreateStrategy().Match(request, TestContext.Current.CancellationToken);
        var greedy = new GreedyStrategyOptions().CreateStrategy().Match(request, TestContext.Current.CancellationToken);

        Assert.True(stable.Metrics["candidatePairs"] > 0, "no candidate pairs reported");
        Assert.Equal(greedy.Metrics["candidatePairs"], stable.Metrics["candidatePairs"]);
    }

    [Fact]
    public void Match_PreCancelledToken_Throws()
    {
        var request = Vectors.StableMatchingVectors.Named("hospital-resident-readme").ToRequest();
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.Throws<OperationCanceledException>(() => new StableMatchingStrategyOptions().CreateStrategy().Match(request, cancelled.Token));
        Assert.Throws<OperationCanceledException>(() => MentorProposing.Match(request, cancelled.Token));
    }

    [Fact]
    public void Match_NullRequest_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => new StableMatchingStrategyOptions().CreateStrategy().Match(null!, TestContext.Current.CancellationToken));
    }
}
