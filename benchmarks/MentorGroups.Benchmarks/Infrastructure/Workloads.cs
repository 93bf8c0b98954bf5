using System.Collections.Concurrent;
using MentorGroups.Matching;
using MentorGroups.Testing.Populations;

namespace MentorGroups.Benchmarks.Infrastructure;

/// <summary>The benchmark workloads: seeded HR populations, generated once per process and size.</summary>
internal static class Workloads
{
    /// <summary>The seed every benchmark and comparison uses, so that all of them see the same people.</summary>
    public const int Seed = 2024;

    private static readonly ConcurrentDictionary<int, MatchingRequest> Cache = new();

    /// <summary>The request with <paramref name="mentees"/> mentees and a fifth as many mentors.</summary>
    public static MatchingRequest Request(int mentees) =>
        Cache.GetOrAdd(mentees, static n => HrPopulationGenerator.Generate(HrPopulationOptions.ForMentees(n, Seed)).Request);

    /// <summary>Reads a workload name: W1k, W10k, W100k, or a number of mentees.</summary>
    public static int MenteesOf(string name) => name switch
    {
        "W1k" => 1_000,
        "W10k" => 10_000,
        "W100k" => 100_000,
        _ => int.Parse(name, System.Globalization.CultureInfo.InvariantCulture),
    };
}
