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
