using MentorGroups.Engine;
using MentorGroups.Enrolments;
using MentorGroups.Testing.Conformance;

namespace MentorGroups.Tests.Guards;

/// <summary>
/// Every public member of MentorGroups.Core and MentorGroups.Testing that takes a non-nullable reference parameter
/// rejects null for it with an <see cref="ArgumentNullException"/> naming the parameter. The members are found by
/// reflection (<see cref="NullGuardSurvey"/>), so a new public method is covered without anyone adding a test.
/// </summary>
public sealed class PublicSurfaceNullArgumentTests
{
    private static readonly NullGuardSurvey Survey = new(CoreSamples.Create);

    private static readonly Dictionary<string, NullGuardSurvey.Case> AllCases =
        Survey.Cases(typeof(Roster).Assembly.GetExportedTypes().Concat(typeof(StrategyConformance).Assembly.GetExportedTypes()))
            .ToDictionary(c => c.ToString(), StringComparer.Ordinal);

    public static TheoryData<string> Cases() => [.. AllCases.Where(c => !NullGuardSurvey.CannotBeCalled(c.Value)).Select(c => c.Key)];

    [Fact]
    public void Cases_TakingASpan_AreTheOnesTestedByHand()
    {
        // Reflection cannot pass a span; each of these has its own test below. A new one fails here until it has one.
        Assert.Equal(
            ["GroupEvaluator.Context(Int32, ReadOnlySpan<Int32>, GroupTargets, List<Enrolment>) buffer"],
            AllCases.Where(c => NullGuardSurvey.CannotBeCalled(c.Value)).Select(c => c.Key));
    }

    [Fact]
    public void GroupEvaluator_Context_NullBuffer_ThrowsNamingIt()
    {
        var evaluator = (GroupEvaluator)CoreSamples.Create(typeof(GroupEvaluator))!;

        Assert.Throws<ArgumentNullException>("buffer", () => { _ = evaluator.Context(0, ReadOnlySpan<int>.Empty, default, null!); });
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void PublicMember_NullForANonNullableParameter_ThrowsArgumentNullExceptionNamingIt(string member)
    {
        var problem = Survey.Check(AllCases[member]);

        Assert.True(problem is null, $"{member}: {problem}");
    }

    [Fact]
    public void Cases_CoverTheWholeSurface()
    {
        // The floor guards against a survey that silently finds nothing; it follows the size of the public surface,
        // which shrank when engine-made results got internal constructors.
        Assert.True(AllCases.Count > 115, $"only {AllCases.Count} cases found");
        Assert.Contains("Roster.Create(IEnumerable<Enrolment>) enrolments", AllCases.Keys);
        Assert.Contains("MatchingRequestBuilder.WithPreferences(PreferenceLists) preferences", AllCases.Keys);
        Assert.Contains("StrategyConformance.ctor(IMatchingStrategy, ConformanceOptions) strategy", AllCases.Keys);
        Assert.DoesNotContain(AllCases.Keys, k => k.StartsWith("StrategyConformance.ctor(IMatchingStrategy, ConformanceOptions) options", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_MemberWithoutAGuard_IsReported()
    {
        var cases = Survey.Cases([typeof(Unguarded)]);

        Assert.Equal([
                "PublicSurfaceNullArgumentTests.Unguarded.Count(String) text",
                "PublicSurfaceNullArgumentTests.Unguarded.Name(String, String, String) first",
                "PublicSurfaceNullArgumentTests.Unguarded.Name(String, String, String) second",
            ], cases.Select(c => c.ToString()));
        Assert.Equal("threw NullReferenceException: Object reference not set to an instance of an object.", Survey.Check(cases[0]));
        Assert.Null(Survey.Check(cases[1]));
        Assert.Equal("threw ArgumentNullException naming 'first'", Survey.Check(cases[2]));
    }

    [Fact]
    public void Check_LazySequenceWithoutAnEagerGuard_IsReported()
    {
        var @case = Assert.Single(Survey.Cases([typeof(LazilyGuarded)]));

        Assert.Equal("returned without throwing (an iterator checks its arguments only when enumerated)", Survey.Check(@case));
    }

    /// <summary>A fixture the survey must find fault with (public: the survey only looks at public members).</summary>
    public static class Unguarded
    {
        public static int Count(string text) => text.Length;

        public static string Name(string first, string? middle, string second)
        {
            ArgumentNullException.ThrowIfNull(first);
            ArgumentNullException.ThrowIfNull(second, nameof(first));
            return first + middle + second;
        }
    }

    public static class LazilyGuarded
    {
        public static IEnumerable<int> Lengths(IEnumerable<string> texts)
        {
            ArgumentNullException.ThrowIfNull(texts);
            foreach (var text in texts)
            {
                yield return text.Length;
            }
        }
    }
}
