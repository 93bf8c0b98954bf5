using System.Diagnostics;
using MentorGroups.Benchmarks.Infrastructure;
using MentorGroups.Rules;
using MentorGroups.Rules.Constraints;
using MentorGroups.Rules.Criteria;

namespace MentorGroups.Benchmarks.Commands;

/// <summary><c>profile --mentees N</c>: time each prepared criterion and constraint over every pair, single-threaded.</summary>
internal static class ProfileCommand
{
    public static int Run(string[] args)
    {
        var mentees = int.Parse(CompareCommand.Option(args, "--mentees") ?? "10000", System.Globalization.CultureInfo.InvariantCulture);
        var request = Workloads.Request(mentees);
        var population = MatchingPopulation.For(request);
        var mentors = Enumerable.Range(0, request.Mentors.Count).ToArray();
        var scores = new double[mentors.Length];
        var allowed = new bool[mentors.Length];
        var rows = int.Parse(CompareCommand.Option(args, "--rows") ?? request.Mentees.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), System.Globalization.CultureInfo.InvariantCulture);
        var pairs = (double)mentors.Length * rows;
        foreach (var c in request.Criteria.Select(c => c.Criterion).OfType<IPreparableCriterion>())
        {
            var prepared = c.Prepare(population);
            var clock = Stopwatch.StartNew();
            for (var e = 0; e < rows; e++)
            {
                prepared.Score(e, mentors, scores);
            }

            Console.WriteLine($"{c.Name,-20} {clock.Elapsed.TotalMilliseconds,8:N0} ms  {clock.Elapsed.TotalNanoseconds / pairs:N2} ns/pair");
        }

        foreach (var c in request.Constraints.OfType<IPreparableConstraint>())
        {
            var prepared = c.Prepare(population);
            var clock = Stopwatch.StartNew();
            for (var e = 0; e < rows; e++)
            {
                Array.Fill(allowed, true);
                prepared.Filter(e, allowed);
            }

            Console.WriteLine($"{c.Name,-20} {clock.Elapsed.TotalMilliseconds,8:N0} ms  {clock.Elapsed.TotalNanoseconds / pairs:N2} ns/pair");
        }

        var totalRow = new double[mentors.Length];
        var accumulate = Stopwatch.StartNew();
        for (var e = 0; e < rows; e++)
        {
            for (var c = 0; c < 6; c++)
            {
                MentorGroups.Engine.CandidateScanner.AddWeighted(totalRow, scores, 1.5);
            }
        }

        Console.WriteLine($"6 × add      {accumulate.Elapsed.TotalMilliseconds,8:N0} ms  {accumulate.Elapsed.TotalNanoseconds / pairs:N2} ns/pair");
        var toValue = Stopwatch.StartNew();
        long sink = 0;
        for (var e = 0; e < rows; e++)
        {
            for (var i = 0; i < totalRow.Length; i++)
            {
                sink += MentorGroups.Engine.MatchingProblem.ToValue(totalRow[i] / 1e9);
            }
        }

        Console.WriteLine($"to value     {toValue.Elapsed.TotalMilliseconds,8:N0} ms  {toValue.Elapsed.TotalNanoseconds / pairs:N2} ns/pair ({sink % 7})");

        // Full rows against pruned best-k, interleaved in blocks so that the machine's load hits both alike.
        var problem = MentorGroups.Engine.MatchingProblem.Compile(request.WithMaxCandidatesPerMentee(1));
        var scanner = problem.Scanner;
        var row = scanner.CreateRow();
        var counts = new int[problem.Teams.Count];
        var full = new Stopwatch();
        var pruned = new Stopwatch();
        for (var block = 0; block < rows; block += 500)
        {
            var end = Math.Min(rows, block + 500);
            full.Start();
            for (var e = block; e < end; e++)
            {
                scanner.Scan(e, row);
            }

            full.Stop();
            pruned.Start();
            for (var e = block; e < end; e++)
            {
                scanner.ScanBest(e, row, 64, counts, out _, out _, out _);
            }

            pruned.Stop();
        }

        // The candidate index alone, on each mentee's allowed teams (the constraints' pass left out).
        var index = new Stopwatch();
        var allowedTeams = new int[problem.Teams.Count];
        for (var e = 0; e < rows && scanner.Index is not null; e++)
        {
            scanner.Scan(e, row);
            var n = 0;
            foreach (var t in problem.OpenTeams)
            {
                if (row.Values[t] > 0)
                {
                    allowedTeams[n++] = t;
                }
            }

            index.Start();
            scanner.Index.Best(e, allowedTeams.AsSpan(0, n), 64, row);
            index.Stop();
        }

        Console.WriteLine($"index alone {index.Elapsed.TotalMilliseconds,8:N0} ms  {index.Elapsed.TotalNanoseconds / pairs:N2} ns/pair");

        // The same three loops once more, each timed by the processor time it used: on shared cores, wall time also
        // counts the time the thread waited for a core.
        Console.WriteLine($"processor time, full rows   {ProcessorNanoseconds(() => { for (var e = 0; e < rows; e++) { scanner.Scan(e, row); } }) / pairs:N2} ns/pair");
        Console.WriteLine($"processor time, best 64     {ProcessorNanoseconds(() => { for (var e = 0; e < rows; e++) { scanner.ScanBest(e, row, 64, counts, out _, out _, out _); } }) / pairs:N2} ns/pair");
        Console.WriteLine($"full rows   {full.Elapsed.TotalMilliseconds,8:N0} ms  {full.Elapsed.TotalNanoseconds / pairs:N2} ns/pair");
        Console.WriteLine($"best 64     {pruned.Elapsed.TotalMilliseconds,8:N0} ms  {pruned.Elapsed.TotalNanoseconds / pairs:N2} ns/pair");
        return 0;
    }

    private static double ProcessorNanoseconds(Action work)
    {
        var before = Process.GetCurrentProcess().TotalProcessorTime;
        work();
        return (Process.GetCurrentProcess().TotalProcessorTime - before).TotalNanoseconds;
    }
}
