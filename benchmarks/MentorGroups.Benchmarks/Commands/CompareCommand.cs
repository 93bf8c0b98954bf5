using System.Globalization;

namespace MentorGroups.Benchmarks.Commands;

/// <summary>
/// <c>compare --mentees N [--graph full|bounded]</c>: one instance, the library's exact strategy and OR-Tools'
/// MinCostFlow on the same integer costs, objectives checked equal, times, peak memory and ratios printed.
/// </summary>
/// <remarks>
/// Each solver runs in a fresh process of this program, so each peak memory figure is that solver's alone (OR-Tools
/// allocates natively, out of the garbage collector's sight, so the resident set is what is compared). OR-Tools gets
/// every allowed pair (the dense graph) unless <c>--graph bounded</c> is given or the dense graph would not fit
/// (more than 200 million pairs); then it gets the same bounded candidate lists the library compiles.
/// </remarks>
internal static class CompareCommand
{
    private const long DenseGraphLimit = 200_000_000;

    public static int Run(string[] args)
    {
        var mentees = int.Parse(Option(args, "--mentees") ?? "1000", CultureInfo.InvariantCulture);
        var mentors = Math.Max(1, mentees / 5);
        var graph = Option(args, "--graph") ?? ((long)mentees * mentors > DenseGraphLimit ? "bounded" : "full");

        Console.WriteLine($"Instance: {mentees:N0} mentees, {mentors:N0} mentors (HR population, seed {Infrastructure.Workloads.Seed}); OR-Tools graph: {graph}.");
        var ortools = ChildProcess.Run("ortools", mentees.ToString(CultureInfo.InvariantCulture), graph);
        var solver = ChildProcess.Run("solver", mentees.ToString(CultureInfo.InvariantCulture), graph);
        var strategy = ChildProcess.Run("optimal", mentees.ToString(CultureInfo.InvariantCulture));

        Console.WriteLine();
        Console.WriteLine("| run | candidate pairs | objective | wall time | peak memory (resident, above baseline) | managed allocations |");
        Console.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: |");
        Row("OR-Tools MinCostFlow: graph build + solve", ortools, $"{ortools.Milliseconds:N0} ms (build {ortools.BuildMilliseconds:N0} + solve {ortools.SolveMilliseconds:N0})");
        Row("MentorGroups solver alone, same graph", solver, $"{solver.Milliseconds:N0} ms");
        Row("MentorGroups \"optimal\" strategy end to end (compile + solve + result)", strategy,
            $"{strategy.Milliseconds:N0} ms (compile {strategy.BuildMilliseconds:N0} + solve {strategy.SolveMilliseconds:N0})");
        Console.WriteLine();

        var sameGraphEqual = ortools.Objective == solver.Objective;
        var strategyEqual = ortools.Objective == strategy.Objective;
        Console.WriteLine($"Objectives: OR-Tools {ortools.Objective:N0}; solver {solver.Objective:N0}; strategy {strategy.Objective:N0}.");
        if (strategy.Metrics.TryGetValue("optimalityProven", out var proven))
        {
            Console.WriteLine($"Strategy: optimality over every allowed pair {(proven == 1 ? "proven" : "NOT proven")} by dual prices in {strategy.Metrics.GetValueOrDefault("optimalityRounds"):N0} round(s); {strategy.CandidatePairs:N0} candidate pairs used.");
        }

        Console.WriteLine($"Time ratio, strategy end to end / OR-Tools: {Ratio(strategy.Milliseconds, ortools.Milliseconds)}; solver alone / OR-Tools: {Ratio(solver.Milliseconds, ortools.Milliseconds)}.");
        Console.WriteLine($"Memory ratio, strategy / OR-Tools: {Ratio(strategy.PeakResidentDelta, ortools.PeakResidentDelta)}; solver alone / OR-Tools: {Ratio(solver.PeakResidentDelta, ortools.PeakResidentDelta)}.");

        // On the dense graph all three must agree. On a bounded graph OR-Tools and the solver must agree, and the
        // strategy — exact over every allowed pair, not only the listed ones — may only do better.
        var ok = sameGraphEqual && (graph == "bounded" ? strategy.Objective >= ortools.Objective : strategyEqual);
        Console.WriteLine(!ok ? "RESULT: OBJECTIVES DIFFER."
            : graph == "bounded" ? $"RESULT: objectives equal on the same bounded graph; the strategy's optimum over every allowed pair is {strategy.Objective - ortools.Objective:N0} higher."
            : "RESULT: objectives equal.");
        return ok ? 0 : 1;
    }

    private static void Row(string name, RunReport r, string time) =>
        Console.WriteLine($"| {name} | {r.CandidatePairs:N0} | {r.Objective:N0} | {time} | {Mb(r.PeakResidentDelta)} (process peak {Mb(r.PeakResident)}) | {Mb(r.ManagedAllocated)} |");

    private static string Mb(long bytes) => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1048576.0:N1} MB");

    private static string Ratio(double ours, double theirs) => theirs <= 0 ? "n/a" : string.Create(CultureInfo.InvariantCulture, $"{ours / theirs:0.000}×");

    internal static string? Option(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }
}
