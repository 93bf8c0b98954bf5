using System.Globalization;
using System.Text;

namespace MentorGroups.Benchmarks.Commands;

/// <summary>
/// <c>scale [--sizes 12500,25000,50000,100000] [--strategies greedy,optimal,…] [--out docs/benchmarks/scaling.csv]</c>:
/// each strategy end to end on HR populations of growing size (mentors = mentees ÷ 5), one fresh process per run,
/// recording time and peak memory into a CSV that <c>docs/benchmarks/scaling_chart.py</c> turns into a chart.
/// </summary>
internal static class ScaleCommand
{
    private static readonly string[] Header =
    [
        "mentees", "mentors", "strategy", "candidate_pairs", "total_ms", "compile_ms", "solve_ms",
        "peak_resident_delta_mb", "managed_allocated_mb", "objective", "placed", "optimality_proven", "optimality_rounds",
    ];

    public static int Run(string[] args)
    {
        var sizes = (CompareCommand.Option(args, "--sizes") ?? "12500,25000,50000,100000").Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToArray();
        var strategies = (CompareCommand.Option(args, "--strategies") ?? "greedy,optimal,stable,stable-mentor-proposing").Split(',');
        var output = CompareCommand.Option(args, "--out") ?? Path.Combine("docs", "benchmarks", "scaling.csv");
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);

        var csv = new StringBuilder().AppendLine(string.Join(',', Header));
        var reports = new List<RunReport>();
        foreach (var size in sizes)
        {
            foreach (var strategy in strategies)
            {
                Console.Error.WriteLine($"{DateTime.Now:HH:mm:ss} {strategy} on {size:N0} mentees…");
                var r = ChildProcess.Run(strategy, size.ToString(CultureInfo.InvariantCulture));
                reports.Add(r);
                csv.AppendLine(string.Join(',',
                    r.Mentees, r.Mentors, r.Solver, r.CandidatePairs, F(r.Milliseconds), F(r.BuildMilliseconds), F(r.SolveMilliseconds),
                    F(r.PeakResidentDelta / 1048576.0), F(r.ManagedAllocated / 1048576.0), r.Objective, r.Placed,
                    r.Metrics.TryGetValue("optimalityProven", out var proven) ? F(proven) : string.Empty,
                    r.Metrics.TryGetValue("optimalityRounds", out var rounds) ? F(rounds) : string.Empty));
                File.WriteAllText(output, csv.ToString());
            }
        }

        Console.WriteLine("| mentees | strategy | candidate pairs | total | compile | peak memory above baseline | growth in time vs half the size |");
        Console.WriteLine("| ---: | --- | ---: | ---: | ---: | ---: | ---: |");
        foreach (var r in reports)
        {
            var half = reports.FirstOrDefault(x => x.Solver == r.Solver && x.Mentees * 2 == r.Mentees);
            var growth = half is null ? "" : string.Create(CultureInfo.InvariantCulture, $"{r.Milliseconds / half.Milliseconds:0.00}×");
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {r.Mentees:N0} | {r.Solver} | {r.CandidatePairs:N0} | {r.Milliseconds / 1000:0.0} s | {r.BuildMilliseconds / 1000:0.0} s | {r.PeakResidentDelta / 1048576.0:N0} MB | {growth} |"));
        }

        Console.WriteLine($"Written to {output}.");
        return 0;
    }

    private static string F(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
