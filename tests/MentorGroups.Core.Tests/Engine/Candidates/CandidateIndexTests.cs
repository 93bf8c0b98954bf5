using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using MentorGroups.Engine;
using MentorGroups.Engine.Candidates;
using MentorGroups.Matching;
using MentorGroups.Participants;
using MentorGroups.Programmes;
using MentorGroups.Rules.Criteria;
using MentorGroups.Testing.Populations;
using MentorGroups.Tests.Matching;

namespace MentorGroups.Tests.Engine.Candidates;

/// <summary>The candidate index keeps exactly the teams a brute-force scan of every pair keeps.</summary>
public sealed class CandidateIndexTests
{
    private static readonly Programme Programme = Programme.Builder("p", "Programme").Build();

    /// <summary>Random requests, and HR populations large enough for the index to leave most teams unscored.</summary>
    public static class Arbitraries
    {
        public static Arbitrary<MatchingRequest> Requests() =>
            Gen.OneOf(
                PreparedScoringArbitraries.Requests().Generator,
                from seed in Gen.Choose(0, 10_000)
                from mentees in Gen.Choose(100, 400)
                from skills in Gen.Choose(5, 80)
                select HrPopulationGenerator.Generate(HrPopulationOptions.ForMentees(mentees, seed) with { SkillCount = skills }).Request)
            .ToArbitrary();
    }

    [Property(Arbitrary = [typeof(Arbitraries)], MaxTest = 40)]
    public Property Best_AnyRequestAndLimit_EqualsTheBestOfABruteForceScan(MatchingRequest request, PositiveInt limit)
    {
        var k = 1 + (limit.Get % 24);
        var problem = MatchingProblem.Compile(request.WithMaxCandidatesPerMentee(k), TestContext.Current.CancellationToken);
        var row = problem.Scanner.CreateRow();
        var wrong = new List<string>();
        for (var m = 0; m < problem.Mentees.Count; m++)
        {
            if (problem.IsFixed(m))
            {
                continue;
            }

            problem.Scanner.Scan(m, row);
            var expected = CandidateSelection.Best(row.Values, problem.Scanner.OpenTeams, k, out _);
            if (!problem.Candidates(m).SequenceEqual(expected))
            {
                wrong.Add($"mentee {m}: [{string.Join(", ", problem.Candidates(m).ToArray())}] vs [{string.Join(", ", expected)}]");
            }
        }

        var index = problem.Scanner.Index;
        return (wrong.Count == 0).Label(string.Join("; ", wrong.Take(3)))
            .Classify(index is not null && index.IndexedMentees > 0, "index used");
    }

    [Property(MaxTest = 25)]
    public Property DiagnosisCounts_HrPopulationWithExclusions_EqualABruteForceCountOfAllowedPairs(PositiveInt seed, PositiveInt limit, NonNegativeInt exclusions)
    {
        // Exclusions and line managers are the per-mentee part of the class path: each one must come off the counts
        // that the class shares, for the mentee it belongs to and for no other.
        var options = HrPopulationOptions.ForMentees(150 + (seed.Get % 250), seed.Get % 10_000) with
        {
            ExclusionsPerThousandMentees = exclusions.Get % 400,
        };
        var request = HrPopulationGenerator.Generate(options).Request.WithMaxCandidatesPerMentee(1 + (limit.Get % 24));
        var problem = MatchingProblem.Compile(request, TestContext.Current.CancellationToken);
        var unlocked = problem.Teams.Where(t => !t.IsLocked).Select(t => t.Index).ToArray();
        var open = problem.Scanner.OpenTeams;
        var wrong = new List<string>();
        for (var m = 0; m < problem.Mentees.Count && wrong.Count < 3; m++)
        {
            if (!problem.TryGetCompatibility(m, out var teams, out var seats))
            {
                continue;
            }

            var allowed = unlocked.Where(t => problem.IsAllowed(m, t)).ToArray();
            var expectedOpen = open.Count(t => problem.IsAllowed(m, t));
            var expectedSeats = allowed.Sum(t => problem.Teams[t].Capacity);
            if (teams != allowed.Length || seats != expectedSeats || problem.AllowedOpenTeamCount(m) != expectedOpen)
            {
                wrong.Add($"mentee {m}: {teams}/{seats}/{problem.AllowedOpenTeamCount(m)} vs {allowed.Length}/{expectedSeats}/{expectedOpen}");
            }
        }

        foreach (var t in unlocked)
        {
            var expected = Enumerable.Range(0, problem.Mentees.Count).Count(m => problem.IsAllowed(m, t));
            if (problem.CompatibleMenteeCount(t) != expected && wrong.Count < 6)
            {
                wrong.Add($"team {t}: {problem.CompatibleMenteeCount(t)} mentees vs {expected}");
            }
        }

        var classes = problem.Scanner.Index?.Classes;
        return (wrong.Count == 0).Label(string.Join("; ", wrong))
            .And((classes is not null && classes.Count < problem.Mentees.Count).Label($"classes: {classes?.Count.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "none"} for {problem.Mentees.Count} mentees"));
    }

    [Fact]
    public void Best_TiedTeams_KeepsTheLowestTeamIndexesAsTheScannerDoes()
    {
        // Twelve identical mentors: every team is worth the same to every mentee, so only the tie-break decides.
        var builder = MatchingRequest.For(Programme).WithMaxCandidatesPerMentee(3)
            .WithCriteria(new WeightedCriterion(new ExpertiseCoverageCriterion(), 3), new WeightedCriterion(new SharedGoalsCriterion(), 1));
        for (var i = 0; i < 12; i++)
        {
            builder.AddMentor(Participant.Builder($"m{i:00}").WithExpertise("go").Build(), 2);
        }

        builder.AddMentee(Participant.Builder("e1").Build(), "go");
        var problem = MatchingProblem.Compile(builder.Build(), TestContext.Current.CancellationToken);

        Assert.Equal([0, 1, 2], problem.Candidates(0).ToArray().Select(c => c.Team));
        Assert.Equal(1, problem.Scanner.Index!.IndexedMentees);
    }

    [Fact]
    public void Best_HrPopulation_ScoresFewerPairsThanItAllows()
    {
        var request = HrPopulationGenerator.Generate(HrPopulationOptions.ForMentees(2_000)).Request.WithMaxCandidatesPerMentee(16);

        var problem = MatchingProblem.Compile(request, TestContext.Current.CancellationToken);

        var index = problem.Scanner.Index!;
        var allowed = Enumerable.Range(0, problem.Mentees.Count).Sum(m => (long)problem.AllowedOpenTeamCount(m));
        Assert.True(index.IndexedMentees > problem.Mentees.Count / 2, $"{index.IndexedMentees} of {problem.Mentees.Count} mentees indexed, {index.ScoredPairs} pairs scored");
        Assert.True(index.ScoredPairs < allowed / 2, $"{index.ScoredPairs} pairs scored of {allowed} allowed");
    }
}
