using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using MentorGroups.Matching;
using MentorGroups.Rules.Criteria;
using MentorGroups.Engine;
using MentorGroups.Participants;
using MentorGroups.Programmes;
using MentorGroups.Strategies;
using MentorGroups.Strategies.Optimal;
using MentorGroups.Validation;
using MentorGroups.Strategies.Greedy;

namespace MentorGroups.Tests.Strategies;

public sealed class OptimalStrategyTests
{
    private static readonly Programme Graduates = Programme.Builder("p1", "Graduates").Build();

    /// <summary>A request whose pair scores come from a table: <c>scores[mentee][mentor]</c>, with mentors m0.. and mentees e0...</summary>
    private static MatchingRequest TableRequest(int[] capacities, double[][] scores)
    {
        var criterion = new AttributeCriterion("idx", (mentor, mentee) => scores[int.Parse(mentee, System.Globalization.CultureInfo.InvariantCulture)][int.Parse(mentor, System.Globalization.CultureInfo.InvariantCulture)]);
        var builder = MatchingRequest.For(Graduates).WithCriteria(new WeightedCriterion(criterion, 1));
        for (var m = 0; m < capacities.Length; m++)
        {
            builder.AddMentor(Participant.Builder($"m{m}").WithAttribute("idx", $"{m}").Build(), capacities[m]);
        }

        for (var e = 0; e < scores.Length; e++)
        {
            builder.AddMentee(Participant.Builder($"e{e}").WithAttribute("idx", $"{e}").Build());
        }

        return builder.Build();
    }

    private static string Describe(MatchingResult result) =>
        string.Join("; ", result.Groups.Select(g => $"{g.Id}:{string.Join(",", g.Mentors)}|{string.Join(",", g.Mentees)}"));

    [Fact]
    public void Match_GreedyTakesTheBestPairFirst_OptimalFindsTheBetterTotal()
    {
        // e0 fits m0 best (1.0) but also m1 well (0.9); e1 fits only m0 (0.8, 0.0 with m1). Greedy seats e0 with m0
        // and leaves e1 the poor m1: 1,000,001 + 1 = 1,000,002. The optimum swaps them: 900,001 + 800,001.
        var request = TableRequest([1, 1], [[1.0, 0.9], [0.8, 0.0]]);
        var token = TestContext.Current.CancellationToken;

        var greedy = new GreedyStrategyOptions().CreateStrategy().Match(request, token);
        var optimal = new OptimalStrategyOptions().CreateStrategy().Match(request, token);

        Assert.Equal(1_000_002, greedy.Objective);
        Assert.Equal(1_700_002, optimal.Objective);
        Assert.Equal("G001:m0|e1; G002:m1|e0", Describe(optimal));
        Assert.Equal("optimal", optimal.StrategyName);
        Assert.Empty(optimal.Unmatched);
    }

    [Fact]
    public void Match_TwoSeatsThreeMentees_PlacesTheBestTwoCombination()
    {
        // One mentor with two seats: the two highest values win (0.7 + 0.6), the 0.5 stays out for lack of room.
        var request = TableRequest([2], [[0.5], [0.7], [0.6]]);

        var result = new OptimalStrategyOptions().CreateStrategy().Match(request, TestContext.Current.CancellationToken);

        Assert.Equal(700_001 + 600_001, result.Objective);
        Assert.Equal("G001:m0|e1,e2", Describe(result));
        Assert.Equal(UnmatchedReason.CapacityExhausted, Assert.Single(result.Unmatched).Reason);
    }

    [Fact]
    public void Match_OneHeavyPairOutweighsTwoLightOnes_LeavesAMenteeOut()
    {
        // e0 may only join m0 and is a poor fit (1); e1 is a perfect fit for m0 (1,000,001) and a poor fit for m1 (1).
        // Placing both (e0→m0, e1→m1) totals 2; the optimum seats e1 with m0 and leaves e0 out.
        var programme = Graduates;
        var scores = new[] { new[] { 0.0, 0.0 }, [1.0, 0.0] };
        var criterion = new AttributeCriterion("idx", (mentor, mentee) => scores[mentee == "0" ? 0 : 1][mentor == "0" ? 0 : 1]);
        var request = MatchingRequest.For(programme).WithCriteria(new WeightedCriterion(criterion, 1))
            .AddMentor(Participant.Builder("m0").WithAttribute("idx", "0").Build(), 1)
            .AddMentor(Participant.Builder("m1").WithAttribute("idx", "1").Build(), 1)
            .AddMentee(Participant.Builder("e0").WithAttribute("idx", "0").ReportingTo("m1").Build())
            .AddMentee(Participant.Builder("e1").WithAttribute("idx", "1").Build())
            .Build();

        var result = new OptimalStrategyOptions().CreateStrategy().Match(request, TestContext.Current.CancellationToken);

        Assert.Equal(1_000_001, result.Objective);
        Assert.Equal("G001:m0|e1", Describe(result));
        Assert.Equal("e0", Assert.Single(result.Unmatched).Mentee.Value);
    }

    [Fact]
    public void Match_PinnedMentee_StaysAndCountsTowardsCapacity()
    {
        // e0 is pinned to m0 although m1 suits them; m0's one seat is taken, so e1 (best with m0) goes to m1.
        var scores = new[] { new[] { 0.2, 0.9 }, [0.9, 0.5] };
        var criterion = new AttributeCriterion("idx", (mentor, mentee) => scores[mentee == "0" ? 0 : 1][mentor == "0" ? 0 : 1]);
        var request = MatchingRequest.For(Graduates).WithCriteria(new WeightedCriterion(criterion, 1))
            .AddMentor(Participant.Builder("m0").WithAttribute("idx", "0").Build(), 1)
            .AddMentor(Participant.Builder("m1").WithAttribute("idx", "1").Build(), 1)
            .AddMentee(Participant.Builder("e0").WithAttribute("idx", "0").Build())
            .AddMentee(Participant.Builder("e1").WithAttribute("idx", "1").Build())
            .Pin("e0", "m0")
            .Build();

        var result = new OptimalStrategyOptions().CreateStrategy().Match(request, TestContext.Current.CancellationToken);

        Assert.Equal("G001:m0|e0; G002:m1|e1", Describe(result));
        Assert.Equal(200_001 + 500_001, result.Objective);
        Assert.True(result.Placements.Single(p => p.Mentee == "e0").Pinned);
    }

    [Fact]
    public void Match_Metrics_ReportTheOptimumAndTheWork()
    {
        var request = TableRequest([1, 1], [[1.0, 0.9], [0.8, 0.0]]);

        var result = new OptimalStrategyOptions().CreateStrategy().Match(request, TestContext.Current.CancellationToken);

        Assert.Equal(result.Objective, result.Metrics["optimalObjective"]);
        Assert.Equal(4, result.Metrics["candidatePairs"]);
        Assert.Equal(1, result.Metrics["augmentations"]);
        Assert.Equal(1, result.Metrics["directPlacements"]);
        Assert.Equal(1, result.Metrics["menteesMoved"]);
        Assert.True(result.Metrics["elapsedMilliseconds"] >= 0);
    }

    [Fact]
    public void Match_Metrics_NameEveryFigureAndAddUp()
    {
        // Two seats for three mentees who all want M0 most: one search displaces, one mentee stays out.
        var request = TableRequest([1, 1], [[1.0, 0.5], [0.9, 0.6], [0.8, 0.1]]);

        var m = new OptimalStrategyOptions().CreateStrategy().Match(request, TestContext.Current.CancellationToken).Metrics;

        string[] names =
        [
            "candidatePairs", "candidateLimit", "optimalObjective", "optimalityProven", "optimalityRounds", "menteesGrown",
            "rowRescans", "fewTeamChecks", "placedBySolver", "directPlacements", "augmentations", "menteesMoved",
            "menteesDisplaced", "teamsSearched", "memberScans", "compileMilliseconds", "solveMilliseconds",
            "proofMilliseconds", "elapsedMilliseconds",
        ];
        Assert.Subset(m.Keys.ToHashSet(), names.ToHashSet());
        Assert.Equal(6, m["candidatePairs"]);
        Assert.Equal(0, m["candidateLimit"]);
        Assert.Equal((1.0, 1.0, 0.0, 0.0, 0.0), (m["optimalityProven"], m["optimalityRounds"], m["menteesGrown"], m["rowRescans"], m["fewTeamChecks"]));
        Assert.Equal(2, m["placedBySolver"]);
        Assert.Equal(3, m["directPlacements"] + m["augmentations"]);
        Assert.All(names.Where(n => n.EndsWith("Milliseconds", StringComparison.Ordinal)), n => Assert.True(m[n] >= 0, n));
        Assert.True(m["elapsedMilliseconds"] >= m["compileMilliseconds"] + m["solveMilliseconds"] + m["proofMilliseconds"] - 1e-6);
    }

    [Fact]
    public void Match_PreCancelledToken_Throws()
    {
        var request = TableRequest([1, 1], [[1.0, 0.9], [0.8, 0.0]]);
        using var source = new CancellationTokenSource();
        source.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => new OptimalStrategyOptions().CreateStrategy().Match(request, source.Token));
    }

    [Fact]
    public void Match_NullRequest_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => new OptimalStrategyOptions().CreateStrategy().Match(null!, TestContext.Current.CancellationToken));
    }

    [Fact]
    public void Options_EmptyName_FailsValidationWithCode()
    {
        var options = new OptimalStrategyOptions { Name = " " };

        var error = Assert.Throws<MentorGroupsValidationException>(options.CreateStrategy);

        Assert.Equal(ErrorCodes.InvalidOptions, Assert.Single(error.Errors).Code);
        Assert.Equal("Name", error.Errors[0].Target);
    }

    [Fact]
    public void Options_CustomName_IsReportedAndRegistered()
    {
        var catalog = new MatchingStrategyCatalog().Add(new OptimalStrategyOptions { Name = "exact" }.CreateStrategy());

        Assert.Equal("exact", catalog.Create("EXACT").Name);
        Assert.Equal(OptimalStrategyOptions.DefaultName, new OptimalStrategyOptions().Name);
    }

    [Fact]
    public void CreateDefault_IncludesOptimal()
    {
        Assert.Equal("optimal", MatchingStrategyCatalog.CreateDefault().Create("optimal").Name);
    }

    [Property(Arbitrary = [typeof(SmallMatchingArbitraries)])]
    public Property Match_SmallInstance_ReachesTheBruteForceOptimum(SmallMatchingInstance instance)
    {
        var request = instance.ToRequest();
        var problem = MatchingProblem.Compile(request, TestContext.Current.CancellationToken);
        var expected = SmallMatchingInstance.BruteForceOptimum(problem);

        var result = new OptimalStrategyOptions().CreateStrategy().Match(request, TestContext.Current.CancellationToken);

        return (result.Objective == expected).Label($"objective {result.Objective} should be the brute-force optimum {expected}")
            .And((result.Metrics["optimalObjective"] == expected).Label("the metric reports the optimum"))
            .Classify(result.Unmatched.Count > 0, "someone unmatched")
            .Classify(instance.Pins.Length > 0, "with pins");
    }

    [Property(Arbitrary = [typeof(SmallMatchingArbitraries)])]
    public Property Match_SmallInstance_RespectsCapacitiesAndConstraints(SmallMatchingInstance instance)
    {
        var request = instance.ToRequest();
        var problem = MatchingProblem.Compile(request, TestContext.Current.CancellationToken);

        var result = new OptimalStrategyOptions().CreateStrategy().Match(request, TestContext.Current.CancellationToken);

        var withinCapacity = result.Groups.All(g => g.Mentees.Count <= problem.Teams[problem.TeamOfMentor(g.Mentors[0])].Capacity);
        var allowed = result.Placements.All(p => problem.IsAllowed(problem.IndexOfMentee(p.Mentee), problem.TeamOfMentor(p.Mentors[0])));
        var everyoneAccounted = result.Placements.Count + result.Unmatched.Count == instance.MenteeCount;
        return withinCapacity.Label("capacity").And(allowed.Label("hard constraints")).And(everyoneAccounted.Label("placed or unmatched"));
    }

    [Property(Arbitrary = [typeof(SmallMatchingArbitraries)])]
    public bool Match_SmallInstance_NeverBelowGreedy(SmallMatchingInstance instance)
    {
        var request = instance.ToRequest();
        var token = TestContext.Current.CancellationToken;

        return new OptimalStrategyOptions().CreateStrategy().Match(request, token).Objective >= new GreedyStrategyOptions().CreateStrategy().Match(request, token).Objective;
    }

    [Property(MaxTest = 30)]
    public bool Match_LargerInstances_NeverBelowGreedy(PositiveInt seed)
    {
        var instance = SmallMatchingInstance.Create(seed.Get, 40, 8, 6, 1000);
        var request = instance.ToRequest();
        var token = TestContext.Current.CancellationToken;

        return new OptimalStrategyOptions().CreateStrategy().Match(request, token).Objective >= new GreedyStrategyOptions().CreateStrategy().Match(request, token).Objective;
    }

    [Property(Arbitrary = [typeof(SmallMatchingArbitraries)], MaxTest = 50)]
    public bool Match_SameRequestTwiceOrShuffled_GivesTheSameGroups(SmallMatchingInstance instance)
    {
        var token = TestContext.Current.CancellationToken;
        var strategy = new OptimalStrategyOptions().CreateStrategy();

        var first = strategy.Match(instance.ToRequest(), token);
        var again = strategy.Match(instance.ToRequest(), token);
        var shuffled = strategy.Match(instance.ToRequest(shuffleSeed: instance.Seed ^ 0x5bd1), token);

        return Describe(first) == Describe(again) && Describe(first) == Describe(shuffled) && first.Objective == shuffled.Objective;
    }

    [Fact]
    public void Match_TiedScoresShuffledInput_GivesIdenticalGroups()
    {
        // Every pair scores the same, so only the tie-breaking decides; it must not depend on input order.
        var instance = SmallMatchingInstance.Create(seed: 7, mentees: 12, mentors: 4, maxCapacity: 3, scoreSteps: 1) with
        {
            Scores = Enumerable.Range(0, 12).Select(_ => new[] { 1, 1, 1, 1 }).ToArray(),
        };
        var token = TestContext.Current.CancellationToken;

        var expected = Describe(new OptimalStrategyOptions().CreateStrategy().Match(instance.ToRequest(), token));
        for (var shuffle = 1; shuffle <= 5; shuffle++)
        {
            Assert.Equal(expected, Describe(new OptimalStrategyOptions().CreateStrategy().Match(instance.ToRequest(shuffle), token)));
        }
    }
}
