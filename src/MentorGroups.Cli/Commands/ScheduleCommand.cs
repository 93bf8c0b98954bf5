using System.CommandLine;
using MentorGroups.Cli.Input;
using MentorGroups.Cli.Output;
using MentorGroups.Cli.Scheduling;
using MentorGroups.Participants;
using MentorGroups.Scheduling;
using Spectre.Console;

namespace MentorGroups.Cli.Commands;

/// <summary><c>schedule</c>: the common weekly meeting slots of each group of a result file.</summary>
internal static class ScheduleCommand
{
    public static Command Create(CliContext context, CliServices services)
    {
        var input = new InputOptions(services, withMatchingOptions: false);
        var slots = new SlotOptions();
        var result = new Option<FileInfo>("--result") { Description = "A result JSON written by match --json.", Required = true };
        var command = new Command("schedule", "List the weekly times each group of a result can meet (participants' availability is read from the CSV).");
        command.Add(result);
        input.AddTo(command);
        slots.AddTo(command);
        command.SetAction((parse, token) => CommandRunner.RunAsync(context, ct =>
        {
            var search = slots.Read(parse);
            var document = ResultFile.Read(parse.GetRequiredValue(result).FullName);
            var (people, _) = input.Load(parse, ct);
            Render(context.Console, document, people, services.SlotFinder, search, ct);
            return Task.FromResult(ExitCodes.Success);
        }, token));
        return command;
    }

    private static void Render(IAnsiConsole console, ResultDocument document, ParticipantTable people, ICommonSlotFinder finder, SlotSearch search, CancellationToken ct)
    {
        var missing = document.Groups.SelectMany(g => g.Members).Where(m => people.Find(m.Id) is null).Select(m => m.Id).ToArray();
        if (missing.Length > 0)
        {
            throw new InputException(missing.Take(50).Select(id => new InputProblem(people.Source, null, null, "id", InputCodes.UnknownParticipant,
                $"{id} is in the result but not in the participants file; use the file the result was made from.")).ToArray());
        }

        var table = new Table().Border(TableBorder.Rounded)
            .Title($"Common weekly slots of at least {search.MeetingMinutes} minutes (offsets of the week of {search.ReferenceMonday:yyyy-MM-dd})");
        table.AddColumn("Group");
        table.AddColumn(new TableColumn("Members with availability").RightAligned());
        table.AddColumn("Common windows (UTC)");
        table.AddColumn("First slot, lead mentor's local time");
        var without = 0;
        foreach (var group in document.Groups)
        {
            ct.ThrowIfCancellationRequested();
            var members = group.Members.Select(m => people.Find(m.Id)!.Enrolment.Participant).ToArray();
            var found = finder.Find(members, search);
            var lead = members.FirstOrDefault(m => group.Members.First(r => r.Id == m.Id.Value).Role == "mentor");
            without += found.First is null ? 1 : 0;
            table.AddRow(
                TerminalText.Escape(group.Id),
                $"{found.MembersCovered} of {members.Length}",
                found.WindowsUtc.Count == 0 ? "[yellow]none[/]" : TerminalText.Escape(string.Join("; ", found.WindowsUtc)),
                found.First is { } first && lead is not null ? TerminalText.Escape(LocalTime(first, lead, search)) : string.Empty);
        }

        console.Write(table);
        console.MarkupLine($"{document.Groups.Count - without} of {document.Groups.Count} groups have a common slot.");
    }

    private static string LocalTime(WeeklyWindow utc, Participant person, SlotSearch search) =>
        LocalSlot.Describe(utc.StartMinuteOfWeek, utc.LengthMinutes, search.ReferenceMonday, person.Profile.TimeZone);
}
