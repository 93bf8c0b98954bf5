using System.Globalization;
using MentorGroups.Matching;
using MentorGroups.Strategies.Stable;
using MentorGroups.Tests.Vectors;

namespace MentorGroups.Tests.Strategies;

/// <summary>The stable matching strategy against published instances whose stable matchings are known.</summary>
public sealed class StableMatchingStrategyVectorTests
{
    public static TheoryData<string> Instances => [.. StableMatchingVectors.Instances.Select(i => i.Name)];

    public static TheoryData<string> InstancesWithHospitalOptimum =>
        [.. StableMatchingVectors.Instances.Where(i => i.Expected.HospitalOptimal is not null).Select(i => i.Name)];

    [Fact]
    public void Vectors_File_HasInstancesOfBothKindsAndAHospitalOptimum()
    {
        Assert.Equal(4, StableMatchingVectors.Instances.Count);
        Assert.Contains(StableMatchingVectors.Instances, i => i.Kind == "one-to-one");
        Assert.Contains(StableMatchingVectors.Instances, i => i.Kind == "hospital-resident");
        Assert.Contains(StableMatchingVectors.Instances, i => i.Expected.HospitalOptimal is not null);
    }

    [Theory]
    [MemberData(nameof(Instances))]
    public void Match_MenteeProposing_ReturnsTheResidentOptimalMatching(string name)
    {
        var vector = StableMatchingVectors.Named(name);

        var result = new StableMatchingStrategyOptions().CreateStrategy().Match(vector.ToRequest(), TestContext.Current.CancellationToken);

        AssertMatching(vector, vector.Expected.ResidentOptimal, result);
        if (vector.Expected.Unmatched is { } unmatched)
        {
            Assert.Equal(unmatched.Order(StringComparer.Ordinal), result.Unmatched.Select(u => u.Mentee.Value));
        }
    }

    [Theory]
    [MemberData(nameof(InstancesWithHospitalOptimum))]
    public void Match_MentorProposing_ReturnsTheHospitalOptimalMatching(string name)
    {
        var vector = StableMatchingVectors.Named(name);
        var strategy = new StableMatchingStrategyOptions { Proposer = StableMatchingProposer.Mentors }.CreateStrategy();

        var result = strategy.Match(vector.ToRequest(), TestContext.Current.CancellationToken);

        AssertMatching(vector, vector.Expected.HospitalOptimal!, result);
    }

    private static void AssertMatching(StableMatchingVector vector, IReadOnlyDictionary<string, IReadOnlyList<string>> expected, MatchingResult result)
    {
        // One line per hospital, empty ones included, so a failure shows the whole matching side by side.
        var expectedText = Describe(vector, h => expected.GetValueOrDefault(h) ?? []);
        var actualText = Describe(vector, h => result.Groups.SingleOrDefault(g => g.LeadMentor == h)?.Mentees.Select(m => m.Value) ?? []);
        Assert.Equal(expectedText, actualText);
        Assert.Equal(vector.UnmatchedIn(expected), result.Unmatched.Select(u => u.Mentee.Value));
        Assert.Equal(1, result.Metrics["stable"]);
    }

    private static string Describe(StableMatchingVector vector, Func<string, IEnumerable<string>> residentsOf) =>
        string.Join("; ", vector.Hospitals.Select(h =>
            string.Create(CultureInfo.InvariantCulture, $"{h}: {string.Join(",", residentsOf(h).Order(StringComparer.Ordinal))}")));
}
