using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using MentorGroups.Benchmarks.Infrastructure;

namespace MentorGroups.Benchmarks.Suites;

/// <summary>
/// The exact problem on one integer instance — every allowed pair, the dense graph — solved by Google OR-Tools'
/// MinCostFlow (graph build + solve, the baseline) and by the library's solver.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 3)]
public class ExactSolverBenchmarks
{
    private CandidateGraph _graph = null!;

    [Params("W1k", "W10k")]
    public string Workload { get; set; } = "W1k";

    [GlobalSetup]
    public void Setup() =>
        _graph = CandidateGraph.From(Commands.Worker.Compile(Workloads.Request(Workloads.MenteesOf(Workload)), Commands.Worker.GraphKind.Full));

    [Benchmark(Baseline = true)]
    public long OrToolsMinCostFlow() => OrToolsBaseline.Solve(_graph).Objective;

    [Benchmark]
    public long LibrarySolver() => _graph.SolveWithLibrary();
}
