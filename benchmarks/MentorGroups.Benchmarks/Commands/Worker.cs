using System.Diagnostics;
using System.Text.Json;
using MentorGroups.Benchmarks.Infrastructure;
using MentorGroups.Matching;
using MentorGroups.Engine;
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
            "cancel" => Cancel(args[3], mentees, args[4]),
            "compile" => Compile(mentees, args.Length > 3 ? int.Parse(args[3], System.Globalization.CultureInfo.InvariantCulture) : 3, args.Length > 4 ? args[^1] : ""),
            _ => Strategy(solver, mentees, args.Length > 3 ? int.Parse(args[3], System.Globalization.CultureInfo.InvariantCulture) : null),
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
        // A warm-up on a tiny instance first, so that loading OR-Tools' native library and compiling our code just in
        // time are not counted against either.
        solve(CandidateGraph.From(Compile(Workloads.Request(50), GraphKind.Full)));
        using var probe = MemoryProbe.Start();
        var clock = Stopwatch.StartNew();
        var (objective, build, solveMs) = solve(graph);
        var elapsed = clock.Elapsed.TotalMilliseconds;
        var (delta, peak, allocated) = probe.Stop();
        return new RunReport(name, mentees, request.Mentors.Count, graph.PairCount, objective, elapsed, build, solveMs,
            delta, peak, allocated, -1, new Dictionary<string, double> { ["kernelPeakReset"] = probe.KernelPeakReset ? 1 : 0 });
    }

    /// <summary>
    /// <c>worker cancel N strategy 1000,5000,…</c>: starts the strategy, cancels it after each delay (a fresh run per
    /// delay) and reports, per delay, how long it took from the cancellation to the strategy giving up (-1 if it had
    /// finished first).
    /// </summary>
    private static RunReport Cancel(string strategyName, int mentees, string delays)
    {
        var request = Workloads.Request(mentees);
        var strategy = MatchingStrategyCatalog.CreateDefault().Create(strategyName);
        var latencies = new Dictionary<string, double>();
        foreach (var delay in delays.Split(',').Select(d => int.Parse(d, System.Globalization.CultureInfo.InvariantCulture)))
        {
            using var source = new CancellationTokenSource();
            var run = Task.Run(() => strategy.Match(request, source.Token));
            if (run.Wait(delay))
            {
                latencies[$"after{delay}ms"] = -1;
                continue;
            }

            var clock = Stopwatch.StartNew();
            source.Cancel();
            try
            {
                run.Wait();
            }
            catch (AggregateException ex) when (ex.InnerException is OperationCanceledException)
            {
            }

            latencies[$"after{delay}ms"] = clock.Elapsed.TotalMilliseconds;
        }

        return new RunReport("cancel:" + strategyName, mentees, request.Mentors.Count, 0, 0, latencies.Values.Max(), 0, 0, 0, 0, 0, -1, latencies);
    }

    /// <summary>
    /// Compiles the request a few times (the scoring floor); reports the last run, every run's time in the metrics.
    /// <paramref name="mode"/> "without-index" scores every pair; "without-classes" bounds each mentee on its own.
    /// </summary>
    private static RunReport Compile(int mentees, int repeats, string mode)
    {
        AppContext.SetSwitch(MentorGroups.Engine.Candidates.CandidateIndex.DisableSwitch, mode == "without-index");
        AppContext.SetSwitch(MentorGroups.Engine.Candidates.CandidateIndex.DisableClassesSwitch, mode == "without-classes");
        var request = Workloads.Request(mentees);
        var times = new Dictionary<string, double>();
        MatchingProblem? problem = null;
        using var probe = MemoryProbe.Start();
        var elapsed = 0.0;
        for (var i = 0; i < repeats; i++)
        {
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            problem = MatchingProblem.Compile(request);
            elapsed = clock.Elapsed.TotalMilliseconds;
            times[$"run{i + 1}Milliseconds"] = elapsed;
            // Processor time as well: on shared cores it varies less than wall time does.
            times[$"run{i + 1}CpuMilliseconds"] = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds;
        }

        var (delta, peak, allocated) = probe.Stop();
        long pairs = 0;
        for (var m = 0; m < problem!.Mentees.Count; m++)
        {
            pairs += problem.Candidates(m).Length;
        }

        // How many pairs the candidate index scored in full (in the last run), against every allowed pair.
        if (problem.Scanner.Index is { } index)
        {
            times["scoredPairs"] = index.ScoredPairs;
            times["indexedMentees"] = index.IndexedMentees;
        }

        times["allowedPairs"] = Enumerable.Range(0, problem.Mentees.Count).Sum(m => (double)problem.AllowedOpenTeamCount(m));
        return new RunReport("compile", mentees, request.Mentors.Count, pairs, 0, elapsed, elapsed, 0, delta, peak, allocated, -1, times);
    }

    private static RunReport Strategy(string name, int mentees, int? candidateLimit)
    {
        var request = Workloads.Request(mentees).WithMaxCandidatesPerMentee(candidateLimit);
        var strategy = MatchingStrategyCatalog.CreateDefault().Create(name);
        strategy.Match(Workloads.Request(50));
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
