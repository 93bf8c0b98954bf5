using MentorGroups.Testing.Conformance;
using MentorGroups.Tests.Support;

namespace MentorGroups.Tests.Documentation;

/// <summary>The worked example of docs/guides/write-your-own-strategy.md passes the kit, and the guide shows its real code.</summary>
public sealed class LeastLoadedFirstStrategyTests
{
    // Guide conformance: begin
    [Theory]
    [MemberData(nameof(StrategyConformance.InvariantData), MemberType = typeof(StrategyConformance))]
    public void LeastLoadedFirst_HoldsInvariant(string invariant) =>
        new StrategyConformance(new LeastLoadedFirstStrategy()).Verify(invariant);
    // Guide conformance: end

    [Theory]
    [InlineData("LeastLoadedFirstStrategy.cs", "// Guide example: begin", "// Guide example: end")]
    [InlineData("LeastLoadedFirstStrategyTests.cs", "// Guide conformance: begin", "// Guide conformance: end")]
    public void Guide_ShowsExactlyTheCodeThatIsTested(string file, string begin, string end)
    {
        var snippet = RepositoryText.Between(RepositoryText.Lines("tests", "MentorGroups.Core.Tests", "Documentation", file), begin, end);
        var guide = RepositoryText.Lines("docs", "guides", "write-your-own-strategy.md");

        Assert.True(RepositoryText.ContainsRun(guide, snippet), $"docs/guides/write-your-own-strategy.md no longer shows the code of {file}; copy it over.");
    }
}
