using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using MentorGroups.Benchmarks.Infrastructure;
using MentorGroups.Matching;
using MentorGroups.Strategies.Greedy;
using MentorGroups.Strategies.Stable;

namespace MentorGroups.Benchmarks.Suites;

/// <summary>
/// Greedy and stable matching on W100k (100,000 mentees, 20,000 mentors): one monitored run each. The exact strategy
/// takes over ten minutes there, so its W100k figures come from the compare and scale commands instead.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 0, iterationCount: 1)]
public class LargeStrategyBenchmarks
{
    private MatchingRequest _request = null!;

    [GlobalSetup]
    public void Setup() => _request = Workloads.Request(100_000);

    [Benchmark(Baseline = true)]
    public long GreedyW100k() => new GreedyStrategyOptions().CreateStrategy().Match(_request).Objective;

    [Benchmark]
    public long StableW100k() => new StableMatchingStrategyOptions().CreateStrategy().Match(_request).Objective;
}
