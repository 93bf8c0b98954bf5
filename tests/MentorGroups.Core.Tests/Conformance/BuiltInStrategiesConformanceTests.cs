using MentorGroups.Strategies;
using MentorGroups.Testing.Conformance;
using MentorGroups.Tests.Support;

namespace MentorGroups.Tests.Conformance;

/// <summary>Every built-in strategy passes the conformance kit that integrators run on theirs.</summary>
public sealed class BuiltInStrategiesConformanceTests
{
    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var name in MatchingStrategyCatalog.CreateDefault().Names)
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
