using System.CommandLine;
using System.Globalization;
using MentorGroups.Cli.Input;
using MentorGroups.Cli.Matching;
using MentorGroups.Cli.Output;
using MentorGroups.Cli.Scheduling;
using Spectre.Console;

namespace MentorGroups.Cli.Commands;

/// <summary><c>explain</c>: where one participant ended up and why, from a result file or by matching again.</summary>
internal static class ExplainCommand
{
    public static Command Create(CliContext context, CliServices services)
    {
        var input = new InputOptions(services, withMatchingOptions: true);
        var id = new Argument<string>("id") { Description = "The participant's id." };
        id.Validators.Add(UnknownOptions.RefuseOptionLikeTokens);
        var result = new Option<FileInfo?>("--result") { Description = "A result JSON written by match --json; without it, the programme is matched again." };
        var command = new Command("explain", "Explain one participant's placement (criterion by criterion) or why they are not placed.");
        command.Add(id);
        input.AddTo(command);
        command.Add(result);
        command.SetAction((parse, token) => CommandRunner.RunAsync(context, async ct =>
        {
            var resultFile = parse.GetValue(result);
            var document = resultFile is not null
                ? ResultFile.Read(resultFile.FullName)
                : await Rerun(input, parse, services, ct).ConfigureAwait(false);
            Explain(context.Console, document, parse.GetRequiredValue(id).Trim());
            return ExitCodes.Success;
        }, token));
        return command;
    }

    private static async Task<ResultDocument> Rerun(InputOptions input, ParseResult parse, CliServices services, CancellationToken ct)
    {
        var (table, settings) = input.Load(parse, ct);
        return await MatchRun.RunAsync(table, settings, services.Strategies, services.SlotFinder, SlotSearch.Default, ct).ConfigureAwait(false);
    }

    /// <exception cref="InputException">The id is not in the result.</exception>
    public static void Explain(IAnsiConsole console, ResultDocument document, string id)
    {
        var group = document.Groups.FirstOrDefault(g => g.Members.Any(m => m.Id == id));
        var member = group?.Members.First(m => m.Id == id);
        var placement = document.Placements.FirstOrDefault(p => p.Mentee == id);
        if (group is not null && placement is not null)
        {
            var mentors = group.Members.Where(m => m.Role != "mentee").Select(Label);
            console.MarkupLine($"{Label(member!)} is a mentee in group [bold]{TerminalText.Escape(group.Id)}[/] with {string.Join(" and ", mentors)}"
                + string.Create(CultureInfo.InvariantCulture, $"; score [bold]{placement.Score:0.00}[/]{(placement.Pinned ? " (pinned by a coordinator)" : string.Empty)}."));
            var table = new Table().Border(TableBorder.Rounded);
            table.AddColumn("Criterion");
            table.AddColumn(new TableColumn("Weight").RightAligned());
            table.AddColumn(new TableColumn("Score").RightAligned());
            table.AddColumn(new TableColumn("Share of total").RightAligned());
            table.AddColumn("Why");
            foreach (var c in placement.Breakdown)
            {
                table.AddRow(TerminalText.Escape(c.Criterion), N(c.Weight, "0.##"), N(c.Score, "0.00"), N(c.Contribution, "0.000"), TerminalText.Escape(c.Reason));
            }

            console.Write(table);
            Slot(console, group);
            return;
        }

        if (group is not null)
        {
            var mentees = group.Members.Count(m => m.Role == "mentee");
            console.MarkupLine($"{Label(member!)} is a {TerminalText.Escape(member!.Role)} of group [bold]{TerminalText.Escape(group.Id)}[/] with {mentees} mentee(s)"
                + string.Create(CultureInfo.InvariantCulture, $"; the group's mean score is [bold]{group.Score:0.00}[/]."));
            Slot(console, group);
            return;
        }

        if (document.Unmatched.FirstOrDefault(u => u.Mentee == id) is { } unmatched)
        {
            console.MarkupLine($"{Label(unmatched.Mentee, unmatched.DisplayName)} is [yellow]not placed[/]. {TerminalText.Escape(Reasons.Sentence(unmatched.Reason))} {TerminalText.Escape(unmatched.Explanation)}");
            return;
        }

        if (document.UnassignedMentors.FirstOrDefault(u => u.Mentor == id) is { } mentor)
        {
            console.MarkupLine($"{Label(mentor.Mentor, mentor.DisplayName)} is a {TerminalText.Escape(mentor.Role)} [yellow]without a group[/]: {TerminalText.Escape(mentor.Explanation)}");
            return;
        }

        throw new InputException(new InputProblem("command line", null, null, "id", InputCodes.UnknownParticipant, $"{id} is not a participant of this result."));
    }

    private static void Slot(IAnsiConsole console, GroupRecord group)
    {
        if (group.CommonSlot?.Utc is { } slot)
        {
            console.MarkupLine($"The group can meet {TerminalText.Escape(slot)}.");
        }
        else
        {
            console.MarkupLine("[yellow]The group has no common meeting time[/] in the members' weekly availability.");
        }

        foreach (var warning in group.Warnings)
        {
            console.MarkupLine($"[yellow]Warning:[/] {TerminalText.Escape(warning)}");
        }
    }

    private static string Label(MemberRecord member) => Label(member.Id, member.DisplayName);

    private static string Label(string id, string? name) => name is null ? TerminalText.Escape(id) : $"{TerminalText.Escape(name)} ({TerminalText.Escape(id)})";

    private static string N(double value, string format) => value.ToString(format, CultureInfo.InvariantCulture);
}
