using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using MentorGroups.Benchmarks.Infrastructure;
using MentorGroups.Matching;
using MentorGroups.Engine;

namespace MentorGroups.Benchmarks.Suites;

/// <summary>
/// Compiling alone — the floor every strategy stands on, since each allowed pair is scored once — with the automatic
/// candidate limit (the baseline) and with every allowed team kept.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 3)]
public class CompileBenchmarks
{
    private MatchingRequest _request = null!;
    private MatchingRequest _full = null!;

    [Params("W1k", "W10k")]
    public string Workload { get; set; } = "W1k";

    [GlobalSetup]
    public void Setup()
    {
        _request = Workloads.Request(Workloads.MenteesOf(Workload));
        _full = _request.WithMaxCandidatesPerMentee(int.MaxValue);
    }

    [Benchmark(Baseline = true)]
    public MatchingProblem CompileAutomaticLimit() => MatchingProblem.Compile(_request);

    [Benchmark]
    public MatchingProblem CompileFullLists() => MatchingProblem.Compile(_full);
}
