using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using MentorGroups.Benchmarks.Infrastructure;
using MentorGroups.Matching;
using MentorGroups.Strategies;

namespace MentorGroups.Benchmarks.Suites;

/// <summary>Every built-in strategy end to end (compile, solve, checked result) on W1k and W10k; optimal is the baseline.</summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 3)]
public class StrategyBenchmarks
{
    private MatchingRequest _request = null!;

    [Params("W1k", "W10k")]
    public string Workload { get; set; } = "W1k";

    [GlobalSetup]
    public void Setup() => _request = Workloads.Request(Workloads.MenteesOf(Workload));

    [Benchmark(Baseline = true)]
    public long Optimal() => MatchingStrategies.Optimal().Match(_request).Objective;

    [Benchmark]
    public long Greedy() => MatchingStrategies.Greedy().Match(_request).Objective;

    [Benchmark]
    public long Stable() => MatchingStrategies.StableMatching().Match(_request).Objective;

    [Benchmark]
    public long StableMentorProposing() =>
        MatchingStrategies.StableMatching(new Strategies.Stable.StableMatchingOptions { Proposer = Strategies.Stable.StableMatchingProposer.Mentors }).Match(_request).Objective;
}
