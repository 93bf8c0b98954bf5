using MentorGroups.Strategies;
using MentorGroups.Testing.Conformance;
using MentorGroups.Tests.Support;

namespace MentorGroups.Tests.Conformance;

/// <summary>Every built-in strategy passes the conformance kit that integrators run on theirs.</summary>
public sealed class BuiltInStrategiesConformanceTests
{
    /// <summary>Restricts the rows to some strategies (comma-separated names), for long runs of one strategy at many cases.</summary>
    public const string StrategiesVariable = "MENTORGROUPS_CONFORMANCE_STRATEGIES";

    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        var only = Environment.GetEnvironmentVariable(StrategiesVariable)?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        foreach (var name in MatchingStrategyCatalog.CreateDefault().Names.Where(n => only is not { Length: > 0 } || only.Contains(n, StringComparer.OrdinalIgnoreCase)))
        {
            foreach (var invariant in StrategyConformance.Invariants)
            {
                data.Add(name, invariant);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void BuiltInStrategy_HoldsInvariant(string strategy, string invariant)
    {
        Assert.SkipWhen(MutationRun.IsActive && !MutationRun.MutatedStrategies.Contains(strategy), "Mutation testing runs the conformance of the mutated strategies only.");
        new StrategyConformance(MatchingStrategyCatalog.CreateDefault().Create(strategy), MutationRun.Conformance).Verify(invariant);
    }
}
