using System.Diagnostics;
using System.Text.Json;
using MentorGroups.Benchmarks.Infrastructure;
using MentorGroups.Matching;
using MentorGroups.Matching.Solving;
using MentorGroups.Strategies;

namespace MentorGroups.Benchmarks.Commands;

/// <summary>What one measured run reports: one JSON line on standard output, read by the parent process.</summary>
internal sealed record RunReport(
    string Solver,
    int Mentees,
    int Mentors,
    long CandidatePairs,
    long Objective,
    double Milliseconds,
    double BuildMilliseconds,
    double SolveMilliseconds,
    long PeakResidentDelta,
    long PeakResident,
    long ManagedAllocated,
    int Placed,
    IReadOnlyDictionary<string, double> Metrics);

/// <summary>
/// Runs one solver on one workload in this process and prints a <see cref="RunReport"/>. The compare and scale
/// commands start a fresh process per run, so that each peak memory figure belongs to one solver alone.
/// </summary>
internal static class Worker
{
    public const string Command = "worker";

    /// <summary>Which candidate graph the instance uses: every allowed pair, or the request's (possibly bounded) lists.</summary>
    public enum GraphKind
    {
        Full,
        Bounded,
    }

    public static int Run(string[] args)
    {
        // worker <solver> <mentees> [full|bounded]
        var solver = args[1];
        var mentees = Workloads.MenteesOf(args[2]);
        var kind = args.Length > 3 && args[3] == "bounded" ? GraphKind.Bounded : GraphKind.Full;
        var report = solver switch
        {
            "ortools" => OnGraph(solver, mentees, kind, static g =>
            {
                var o = OrToolsBaseline.Solve(g);
                return (o.Objective, o.Build.TotalMilliseconds, o.Solve.TotalMilliseconds);
            }),
            "solver" => OnGraph(solver, mentees, kind, static g =>
            {
                var clock = Stopwatch.StartNew();
                var objective = g.SolveWithLibrary();
                return (objective, 0, clock.Elapsed.TotalMilliseconds);
            }),
            _ => Strategy(solver, mentees),
        };
        Console.WriteLine(JsonSerializer.Serialize(report));
        return 0;
    }

    public static MatchingProblem Compile(MatchingRequest request, GraphKind kind) =>
        MatchingProblem.Compile(kind == GraphKind.Full ? request.WithMaxCandidatesPerMentee(int.MaxValue) : request);

    private static RunReport OnGraph(string name, int mentees, GraphKind kind, Func<CandidateGraph, (long Objective, double Build, double Solve)> solve)
    {
        var request = Workloads.Request(mentees);
        var graph = CandidateGraph.From(Compile(request, kind));
        using var probe = MemoryProbe.Start();
        var clock = Stopwatch.StartNew();
        var (objective, build, solveMs) = solve(graph);
        var elapsed = clock.Elapsed.TotalMilliseconds;
        var (delta, peak, allocated) = probe.Stop();
        return new RunReport(name, mentees, request.Mentors.Count, graph.PairCount, objective, elapsed, build, solveMs,
            delta, peak, allocated, -1, new Dictionary<string, double> { ["kernelPeakReset"] = probe.KernelPeakReset ? 1 : 0 });
    }

    private static RunReport Strategy(string name, int mentees)
    {
        var request = Workloads.Request(mentees);
        var strategy = MatchingStrategyCatalog.CreateDefault().Create(name);
        using var probe = MemoryProbe.Start();
        var clock = Stopwatch.StartNew();
        var result = strategy.Match(request);
        var elapsed = clock.Elapsed.TotalMilliseconds;
        var (delta, peak, allocated) = probe.Stop();
        var metrics = new Dictionary<string, double>(result.Metrics) { ["kernelPeakReset"] = probe.KernelPeakReset ? 1 : 0 };
        var objective = metrics.TryGetValue("optimalObjective", out var optimum) ? (long)optimum : result.Objective;
        return new RunReport(name, mentees, request.Mentors.Count, (long)metrics.GetValueOrDefault("candidatePairs", -1), objective,
            elapsed, metrics.GetValueOrDefault("compileMilliseconds"), metrics.GetValueOrDefault("solveMilliseconds"),
            delta, peak, allocated, result.Placements.Count, metrics);
    }
}
