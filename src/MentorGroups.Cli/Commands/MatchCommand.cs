using System.CommandLine;
using MentorGroups.Cli.Input;
using MentorGroups.Cli.Matching;
using MentorGroups.Cli.Output;
using MentorGroups.Cli.Scheduling;

namespace MentorGroups.Cli.Commands;

/// <summary><c>match</c>: forms groups and writes them as CSV, JSON, an HTML report and calendar invites, with a summary on the console.</summary>
internal static class MatchCommand
{
    public static Command Create(CliContext context, CliServices services)
    {
        var input = new InputOptions(services, withMatchingOptions: true);
        var slots = new SlotOptions();
        var outputs = new OutputOptions(
            new Option<FileInfo?>("--csv") { Description = "Write the groups as CSV (one row per person) to this file." },
            new Option<FileInfo?>("--json") { Description = "Write the full result as JSON (for explain, schedule and other systems) to this file." },
            new Option<FileInfo?>("--report") { Description = "Write a self-contained HTML report to this file." },
            new Option<DirectoryInfo?>("--calendar")
            {
                Description = "Write one calendar invite (.ics) per group with a common slot to this folder (made if missing). Needs startDate and endDate of the programme in the settings; attendees come from an email column.",
            },
            new Option<bool>("--quiet") { Description = "Print no summary (files are still written)." });
        var command = new Command("match", "Match mentors and mentees into groups and print a summary.");
        input.AddTo(command);
        slots.AddTo(command);
        command.Add(outputs.Csv);
        command.Add(outputs.Json);
        command.Add(outputs.Report);
        command.Add(outputs.Calendar);
        command.Add(outputs.Quiet);
        command.SetAction((parse, token) => CommandRunner.RunAsync(context, ct => ExecuteAsync(context, services, input, slots.Read(parse), outputs, parse, ct), token));
        return command;
    }

    private static async Task<int> ExecuteAsync(CliContext context, CliServices services, InputOptions input, SlotSearch search, OutputOptions outputs, ParseResult parse, CancellationToken ct)
    {
        var targets = new (string Option, FileInfo? File, Func<ResultDocument, string> Render, bool Bom)[]
        {
            ("--csv", parse.GetValue(outputs.Csv), GroupsCsvWriter.Write, true),
            ("--json", parse.GetValue(outputs.Json), ResultFile.ToJson, false),
            ("--report", parse.GetValue(outputs.Report), HtmlReport.Render, false),
        }.Where(t => t.File is not null).ToArray();
        var calendarFolder = parse.GetValue(outputs.Calendar);
        OutputTargets.Check(targets.Select(t => (t.Option, t.File!.FullName)), input.InputFiles(parse));
        if (calendarFolder is not null && File.Exists(calendarFolder.FullName))
        {
            throw new InputException(new InputProblem("command line", null, null, "--calendar", InputCodes.BadValue, $"'{calendarFolder.Name}' is a file; give a folder for the invites."));
        }

        var (document, table, settings) = await RunAsync(context, input, parse, services, search, calendarFolder is not null, ct).ConfigureAwait(false);
        var invites = calendarFolder is null ? null : CalendarInvites.Create(document, table, settings);
        var staged = targets.Select(t => (t.Option, Path: t.File!.FullName, Content: t.Render(document), t.Bom)).ToList();
        if (invites is not null)
        {
            staged.AddRange(invites.Files.Select(f => ("--calendar", Path.Combine(calendarFolder!.FullName, f.FileName), f.Content, false)));
            var made = !calendarFolder!.Exists;
            calendarFolder.Create();
            try
            {
                OutputTargets.Check(staged.Select(s => (s.Option, s.Path)), input.InputFiles(parse));
            }
            catch (InputException) when (made)
            {
                calendarFolder.Delete();
                throw;
            }
        }

        // Every file is staged first and then moved into place together: a failure writes none of them.
        using (var files = new OutputFiles())
        {
            foreach (var (_, path, content, bom) in staged)
            {
                await files.StageAsync(path, content, bom, ct).ConfigureAwait(false);
            }

            files.Commit(ct);
        }

        if (!parse.GetValue(outputs.Quiet))
        {
            SummaryRenderer.Render(context.Console, document, targets.Select(t => t.File!.Name).ToArray());
        }

        foreach (var (_, file, _, _) in targets)
        {
            context.Output.WriteLine($"Wrote {file!.Name}.");
        }

        if (invites is not null)
        {
            context.Output.WriteLine($"Wrote {invites.Files.Count} calendar invite(s) to {calendarFolder}.");
            if (invites.GroupsWithoutSlot.Count > 0)
            {
                context.Output.WriteLine($"No invite for {invites.GroupsWithoutSlot.Count} group(s) without a common slot in the programme's period: {string.Join(", ", invites.GroupsWithoutSlot)}.");
            }
        }

        return ExitCodes.Success;
    }

    private static async Task<(ResultDocument Document, ParticipantTable Table, ProgrammeSettings Settings)> RunAsync(
        CliContext context, InputOptions input, ParseResult parse, CliServices services, SlotSearch search, bool needsPeriod, CancellationToken ct)
    {
        if (!context.IsInteractive)
        {
            var (table, settings) = Load(input, parse, needsPeriod, ct);
            return (await MatchRun.RunAsync(table, settings, services.Strategies, services.SlotFinder, search, ct).ConfigureAwait(false), table, settings);
        }

        return await SpectrePhases.RunAsync(context.Console, async phases =>
        {
            phases.Start("Reading the input", reportsFraction: false);
            var (table, settings) = Load(input, parse, needsPeriod, ct);
            var document = await MatchRun.RunAsync(table, settings, services.Strategies, services.SlotFinder, search, ct, phases).ConfigureAwait(false);
            return (document, table, settings);
        }).ConfigureAwait(false);
    }

    private static (ParticipantTable Table, ProgrammeSettings Settings) Load(InputOptions input, ParseResult parse, bool needsPeriod, CancellationToken ct)
    {
        var (table, settings) = input.Load(parse, ct);
        if (needsPeriod && settings.Programme.Period is null)
        {
            throw new InputException(new InputProblem("command line", null, null, "--calendar", InputCodes.MissingValue,
                "Calendar invites need the programme's period: add \"startDate\" and \"endDate\" (yyyy-MM-dd) to \"programme\" in the settings."));
        }

        return (table, settings);
    }

    /// <summary>The options that say where <c>match</c> writes its result.</summary>
    private sealed record OutputOptions(Option<FileInfo?> Csv, Option<FileInfo?> Json, Option<FileInfo?> Report, Option<DirectoryInfo?> Calendar, Option<bool> Quiet);
}
