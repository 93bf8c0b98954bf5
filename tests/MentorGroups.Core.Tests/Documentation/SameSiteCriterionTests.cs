using MentorGroups.Matching;
using MentorGroups.Rules.Criteria;
using MentorGroups.Engine;
using MentorGroups.Participants;
using MentorGroups.Programmes;
using MentorGroups.Tests.Support;

namespace MentorGroups.Tests.Documentation;

/// <summary>The guide's fast-path criterion compiles to the same values as its slow path, and the guide shows its real code.</summary>
public sealed class SameSiteCriterionTests
{
    [Fact]
    public void Compile_SameSiteCriterion_CandidatesEqualThePerPairValues()
    {
        var builder = MatchingRequest.For(Programme.Builder("p", "Programme").Build())
            .WithCriteria(new WeightedCriterion(new SameSiteCriterion(), 1), new WeightedCriterion(new ExpertiseCoverageCriterion(), 1));
        string[] sites = ["Aarhus", "Oslo", "Lund"];
        for (var i = 0; i < 6; i++)
        {
            builder.AddMentor(Participant.Builder($"m{i}").WithAttribute("site", sites[i % 3]).WithExpertise("sql").Build(), 2)
                .AddMentee(Participant.Builder($"e{i}").WithAttribute("site", sites[i / 2 % 3]).WithLearningGoals("sql").Build());
        }

        var problem = MatchingProblem.Compile(builder.Build(), TestContext.Current.CancellationToken);

        for (var m = 0; m < problem.Mentees.Count; m++)
        {
            Assert.Equal(problem.Teams.Count, problem.Candidates(m).Length);
            Assert.All(problem.Candidates(m).ToArray(), c => Assert.Equal(problem.PairValue(m, c.Team), c.Value));
        }

        Assert.Contains(problem.Candidates(0).ToArray(), c => c.Value == 1_000_001);
    }

    [Fact]
    public void Guide_ShowsExactlyTheCodeThatIsTested()
    {
        var snippet = RepositoryText.Between(RepositoryText.Lines("tests", "MentorGroups.Core.Tests", "Documentation", "SameSiteCriterion.cs"), "// Guide criterion: begin", "// Guide criterion: end");

        Assert.True(RepositoryText.ContainsRun(RepositoryText.Lines("docs", "guides", "write-your-own-strategy.md"), snippet),
            "docs/guides/write-your-own-strategy.md no longer shows the code of SameSiteCriterion.cs; copy it over.");
    }
}
