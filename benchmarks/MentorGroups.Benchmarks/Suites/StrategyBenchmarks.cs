using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using MentorGroups.Benchmarks.Infrastructure;
using MentorGroups.Matching;
using MentorGroups.Strategies.Greedy;
using MentorGroups.Strategies.Optimal;
using MentorGroups.Strategies.Stable;

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
    public long Optimal() => new OptimalStrategyOptions().CreateStrategy().Match(_request).Objective;

    [Benchmark]
    public long Greedy() => new GreedyStrategyOptions().CreateStrategy().Match(_request).Objective;

    [Benchmark]
    public long Stable() => new StableMatchingStrategyOptions().CreateStrategy().Match(_request).Objective;

    [Benchmark]
    public long StableMentorProposing() =>
        new Strategies.Stable.StableMatchingStrategyOptions { Proposer = Strategies.Stable.StableMatchingProposer.Mentors }.CreateStrategy().Match(_request).Objective;
}
