using System.CommandLine;
using MentorGroups.Cli.Input;
using MentorGroups.Cli.Matching;
using MentorGroups.Cli.Output;
using Spectre.Console;

namespace MentorGroups.Cli.Commands;

/// <summary><c>match</c>: forms groups and writes them as CSV, JSON and an HTML report, with a summary on the console.</summary>
internal static class MatchCommand
{
    public static Command Create(CliContext context, CliServices services)
    {
        var input = new InputOptions(services, withMatchingOptions: true);
        var slots = new SlotOptions();
        var csv = new Option<FileInfo?>("--csv") { Description = "Write the groups as CSV (one row per person) to this file." };
        var json = new Option<FileInfo?>("--json") { Description = "Write the full result as JSON (for explain, schedule and other systems) to this file." };
        var report = new Option<FileInfo?>("--report") { Description = "Write a self-contained HTML report to this file." };
        var quiet = new Option<bool>("--quiet") { Description = "Print no summary table (files are still written)." };
        var command = new Command("match", "Match mentors and mentees into groups and print a summary.");
        input.AddTo(command);
        slots.AddTo(command);
        command.Add(csv);
        command.Add(json);
        command.Add(report);
        command.Add(quiet);
        command.SetAction((parse, token) => CommandRunner.RunAsync(context, async ct =>
        {
            var search = slots.Read(parse);
            var targets = new (FileInfo? File, Func<ResultDocument, string> Render, bool Bom)[]
            {
                (parse.GetValue(csv), GroupsCsvWriter.Write, true),
                (parse.GetValue(json), ResultFile.ToJson, false),
                (parse.GetValue(report), HtmlReport.Render, false),
            };
            OutputTargets.Check(
                new[] { ("--csv", targets[0].File), ("--json", targets[1].File), ("--report", targets[2].File) }
                    .Where(t => t.Item2 is not null).Select(t => (t.Item1, t.Item2!.FullName)),
                input.InputFiles(parse));

            var document = context.IsInteractive
                ? await context.Console.Progress().AutoClear(true).StartAsync(async progress =>
                {
                    var reading = progress.AddTask("Reading input", maxValue: 1);
                    var (table, settings) = input.Load(parse, ct);
                    reading.Increment(1);
                    var matching = progress.AddTask($"Matching {table.MenteeCount} mentees ({settings.Strategy})").IsIndeterminate();
                    var result = await MatchRun.RunAsync(table, settings, services.Strategies, services.SlotFinder, search, ct).ConfigureAwait(false);
                    matching.IsIndeterminate(false).Increment(100);
                    return result;
                }).ConfigureAwait(false)
                : await RunPlainAsync(input, parse, services, search, ct).ConfigureAwait(false);

            using (var files = new OutputFiles())
            {
                foreach (var (file, render, bom) in targets.Where(t => t.File is not null))
                {
                    await files.StageAsync(file!.FullName, render(document), bom, ct).ConfigureAwait(false);
                }

                files.Commit(ct);
            }

            if (!parse.GetValue(quiet))
            {
                SummaryRenderer.Render(context.Console, document);
            }

            foreach (var (file, _, _) in targets.Where(t => t.File is not null))
            {
                context.Output.WriteLine($"Wrote {file!.Name}.");
            }

            return ExitCodes.Success;
        }, token));
        return command;
    }

    private static Task<ResultDocument> RunPlainAsync(InputOptions input, ParseResult parse, CliServices services, Scheduling.SlotSearch search, CancellationToken ct)
    {
        var (table, settings) = input.Load(parse, ct);
        return MatchRun.RunAsync(table, settings, services.Strategies, services.SlotFinder, search, ct);
    }
}
