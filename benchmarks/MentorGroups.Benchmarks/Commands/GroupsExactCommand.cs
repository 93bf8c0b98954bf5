using System.Diagnostics;
using System.Globalization;
using MentorGroups.Benchmarks.GroupsExact;
using MentorGroups.Strategies;

namespace MentorGroups.Benchmarks.Commands;

/// <summary>
/// <c>groups-exact --instances N [--first I] [--min-mentees A] [--max-mentees B] [--seconds S] [--workers W] [--details]</c>: the default strategy against the exact
/// optimum of the same objective (<see cref="ExactFormationModel"/>, CP-SAT) on N small seeded instances
/// (<see cref="ExactInstances"/>). Prints where the strategy falls short and its worst instances; the last line is
/// <c>RESULT: within 2% of the exact optimum on K of N instances; mean gap G%</c>, over the instances whose optimum was
/// proved.
/// </summary>
internal static class GroupsExactCommand
{
    private const double Tolerance = 0.02;

    public static int Run(string[] args)
    {
        var count = int.Parse(Option(args, "--instances") ?? "200", CultureInfo.InvariantCulture);
        var seconds = double.Parse(Option(args, "--seconds") ?? "10", CultureInfo.InvariantCulture);
        var workers = int.Parse(Option(args, "--workers") ?? "2", CultureInfo.InvariantCulture);
        var first = int.Parse(Option(args, "--first") ?? "0", CultureInfo.InvariantCulture);
        var minMentees = int.Parse(Option(args, "--min-mentees") ?? ExactInstances.DefaultMinMentees.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        var maxMentees = int.Parse(Option(args, "--max-mentees") ?? ExactInstances.DefaultMaxMentees.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        if (minMentees < 1 || maxMentees < minMentees || maxMentees > 40)
        {
            throw new ArgumentException($"Mentees per instance must satisfy 1 <= --min-mentees <= --max-mentees <= 40; got {minMentees} and {maxMentees}.");
        }

        var details = args.Contains("--details");
        var clock = Stopwatch.StartNew();
        var catalog = MatchingStrategyCatalog.CreateDefault();
        var strategy = catalog.Create(MatchingStrategyCatalog.RecommendedStrategy);
        Console.WriteLine($"Strategy {strategy.Name} against the CP-SAT optimum on {count} instances of {minMentees} to {maxMentees} mentees (HR population, seeds {ExactInstances.BaseSeed} + i; {seconds} s and {workers} worker(s) per level).");

        var rows = new List<Row>();
        var unproved = new List<string>();
        var slotDisagreements = 0;
        var strategyTime = TimeSpan.Zero;
        var exactTime = TimeSpan.Zero;
        for (var i = first; i < first + count; i++)
        {
            var @case = ExactInstances.Create(i, minMentees, maxMentees);
            var instance = new FormationInstance(@case.Request);
            var run = Stopwatch.StartNew();
            var result = strategy.Match(@case.Request);
            strategyTime += run.Elapsed;
            var formed = instance.GroupsOf(result);
            var score = FormationObjective.Score(instance, formed);
            // The objective's slot test must agree with the library's own report on the same groups.
            slotDisagreements += Math.Abs(result.GroupInsights.Count(g => !g.HasCommonSlot) - score.WithoutSlot);

            var outcome = new ExactFormationModel(instance).Solve(seconds, workers, formed);
            exactTime += outcome.Time;
            if (!outcome.Proved)
            {
                unproved.Add($"#{i} ({@case.Shape}): {outcome.Status}");
                continue;
            }

            var optimum = FormationObjective.Score(instance, outcome.Groups);
            rows.Add(new Row(@case, score, optimum, score.GapTo(optimum), score.ShortAt(optimum)));
            if (details)
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  #{i} {@case.Shape}: gap {rows[^1].Gap:P2}; strategy {score}; optimum {optimum}; {outcome.Time.TotalSeconds:F1} s"));
                Console.WriteLine($"    strategy: {Describe(instance, formed)}");
                Console.WriteLine($"    optimum:  {Describe(instance, outcome.Groups)}");
            }
            else if ((i + 1 - first) % 20 == 0)
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {i + 1 - first} instances, {clock.Elapsed.TotalSeconds:F0} s"));
            }
        }

        Report(rows, unproved, slotDisagreements, strategyTime, exactTime, clock.Elapsed);
        return 0;
    }

    private static void Report(List<Row> rows, List<string> unproved, int slotDisagreements, TimeSpan strategyTime, TimeSpan exactTime, TimeSpan total)
    {
        Console.WriteLine();
        Console.WriteLine("| where the strategy falls short of the optimum first | instances |");
        Console.WriteLine("| --- | ---: |");
        Console.WriteLine($"| nowhere (as good as the optimum) | {rows.Count(r => r.ShortAt is null)} |");
        foreach (var level in new[] { "placed", "below minimum", "without slot", "fit" })
        {
            Console.WriteLine($"| {level} | {rows.Count(r => r.ShortAt == level)} |");
        }

        var fitOnly = rows.Where(r => r.ShortAt is null or "fit").Select(r => r.Gap).ToArray();
        Console.WriteLine();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Fit gap where the first three levels equal the optimum ({fitOnly.Length} instances): mean {(fitOnly.Length == 0 ? 0 : fitOnly.Average()):P2}, largest {(fitOnly.Length == 0 ? 0 : fitOnly.Max()):P2}."));
        Console.WriteLine($"Strategy better than the model on {rows.Count(r => r.Gap < -1e-9)} instance(s) (must be 0: the model would be wrong); slot test disagreements with the library's report: {slotDisagreements}.");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Time: strategy {strategyTime.TotalSeconds:F1} s, CP-SAT {exactTime.TotalSeconds:F1} s, total {total.TotalSeconds:F1} s."));
        foreach (var line in unproved)
        {
            Console.WriteLine($"  not proved, left out: {line}");
        }

        foreach (var row in rows.Where(r => r.Gap < -1e-9))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  strategy better than the model: #{row.Case.Number} ({row.Case.Shape}); strategy {row.Strategy}; model {row.Optimum}"));
        }

        Console.WriteLine();
        Console.WriteLine("Worst instances:");
        foreach (var row in rows.OrderByDescending(r => r.Gap).ThenBy(r => r.Case.Number).Take(8).Where(r => r.Gap > 0))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  #{row.Case.Number} ({row.Case.Shape}): gap {row.Gap:P2}, short at {row.ShortAt}; strategy {row.Strategy}; optimum {row.Optimum}"));
        }

        var within = rows.Count(r => r.Gap <= Tolerance);
        var mean = rows.Count == 0 ? 0 : rows.Average(r => Math.Max(0, r.Gap));
        Console.WriteLine();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"RESULT: within 2% of the exact optimum on {within} of {rows.Count} instances; mean gap {mean * 100:F2}%"));
    }

    /// <summary>Each group as its team's mentor indexes and its mentee indexes (indexes only: no names).</summary>
    private static string Describe(FormationInstance instance, IEnumerable<(int Team, int[] Mentees)> groups) =>
        string.Join("; ", groups.Where(g => g.Mentees.Length > 0).OrderBy(g => g.Team)
            .Select(g => $"[{string.Join('+', instance.Teams[g.Team].Mentors)}] {string.Join(',', g.Mentees.Order())}"));

    private sealed record Row(ExactInstanceCase Case, FormationScore Strategy, FormationScore Optimum, double Gap, string? ShortAt);

    private static string? Option(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }
}
