using MentorGroups.Strategies;
using MentorGroups.Testing.Conformance;
using MentorGroups.Tests.Support;

namespace MentorGroups.Tests.Conformance;

/// <summary>Every built-in strategy passes the conformance kit that integrators run on theirs.</summary>
public sealed class BuiltInStrategiesConformanceTests
{
    /// <summary>Restricts the rows to some strategies (comma-separated names), for long runs of one strategy at many cases.</summary>
    public const string StrategiesVariable = "MENTORGROUPS_CONFORMANCE_STRATEGIES";

    /// <summary>Restricts the rows to some invariants (comma-separated names), so that a long run can be split across processes.</summary>
    public const string InvariantsVariable = "MENTORGROUPS_CONFORMANCE_INVARIANTS";

    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        var strategies = Only(StrategiesVariable);
        var invariants = Only(InvariantsVariable);
        foreach (var name in MatchingStrategyCatalog.CreateDefault().Names.Where(n => strategies is null || strategies.Contains(n, StringComparer.OrdinalIgnoreCase)))
        {
            foreach (var invariant in StrategyConformance.Invariants.Where(i => invariants is null || invariants.Contains(i, StringComparer.OrdinalIgnoreCase)))
            {
                data.Add(name, invariant);
            }
        }

        return data;
    }

    private static string[]? Only(string variable) =>
        Environment.GetEnvironmentVariable(variable)?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) is { Length: > 0 } names ? names : null;

    [Theory]
    [MemberData(nameof(Cases))]
    public void BuiltInStrategy_HoldsInvariant(string strategy, string invariant)
    {
        Assert.SkipWhen(MutationRun.IsActive && !MutationRun.MutatedStrategies.Contains(strategy), "Mutation testing runs the conformance of the mutated strategies only.");
        new StrategyConformance(MatchingStrategyCatalog.CreateDefault().Create(strategy), MutationRun.Conformance).Verify(invariant);
    }
}
