using System.Globalization;
using Spectre.Console;

namespace MentorGroups.Cli.Output;

/// <summary>The readable console summary of a result: groups, unmatched mentees with reasons, policy warnings and totals.</summary>
internal static class SummaryRenderer
{
    public static void Render(IAnsiConsole console, ResultDocument document)
    {
        var groups = new Table().Border(TableBorder.Rounded).Title($"[bold]{TerminalText.Escape(document.Programme)}[/]: {document.Groups.Count} groups ({TerminalText.Escape(document.Strategy)}, seed {document.Seed})");
        groups.AddColumn("Group");
        groups.AddColumn("Mentors");
        groups.AddColumn("Mentees");
        groups.AddColumn(new TableColumn("Score").RightAligned());
        groups.AddColumn("Common slot (UTC)");
        groups.AddColumn("Warnings");
        foreach (var group in document.Groups)
        {
            var mentors = group.Members.Where(m => m.Role != "mentee").Select(Person);
            var mentees = group.Members.Where(m => m.Role == "mentee").Select(Person).ToArray();
            groups.AddRow(
                TerminalText.Escape(group.Id),
                string.Join("\n", mentors),
                $"[dim]{mentees.Length}:[/] " + string.Join(", ", mentees),
                Score(group.Score),
                group.CommonSlot?.Utc is { } slot ? TerminalText.Escape(slot.Replace(" UTC", string.Empty, StringComparison.Ordinal)) : "[yellow]none[/]",
                group.Warnings.Count == 0 ? string.Empty : $"[yellow]{group.Warnings.Count}[/]");
        }

        console.Write(groups);

        if (document.Unmatched.Count > 0 || document.UnassignedMentors.Count > 0)
        {
            var unmatched = new Table().Border(TableBorder.Rounded).Title($"[bold]Not placed[/]: {document.Unmatched.Count} mentee(s), {document.UnassignedMentors.Count} mentor(s)");
            unmatched.AddColumn("Person");
            unmatched.AddColumn("Reason");
            unmatched.AddColumn("Why");
            foreach (var u in document.Unmatched)
            {
                unmatched.AddRow(Person(u.Mentee, u.DisplayName), TerminalText.Escape(u.Reason), TerminalText.Escape(u.Explanation));
            }

            foreach (var m in document.UnassignedMentors)
            {
                unmatched.AddRow(Person(m.Mentor, m.DisplayName), $"{TerminalText.Escape(m.Role)} without group", TerminalText.Escape(m.Explanation));
            }

            console.Write(unmatched);
        }

        var warnings = document.Groups.SelectMany(g => g.Warnings.Select(w => (g.Id, Text: w))).ToArray();
        if (warnings.Length > 0)
        {
            console.MarkupLine("[bold]Policy warnings[/]");
            foreach (var (id, text) in warnings)
            {
                console.MarkupLine($"  [yellow]{TerminalText.Escape(id)}[/] {TerminalText.Escape(text)}");
            }
        }

        var t = document.Totals;
        console.MarkupLine(string.Create(CultureInfo.InvariantCulture,
            $"[bold]{t.Placed}[/] of {t.Mentees} mentees placed in [bold]{t.Groups}[/] groups; {t.Unmatched} unmatched; {t.Mentors - t.UnassignedMentors} of {t.Mentors} mentors lead or co-lead a group; mean score {(t.Placed == 0 ? 0 : t.TotalScore / t.Placed):0.00}."));
    }

    private static string Person(MemberRecord member) => Person(member.Id, member.DisplayName);

    private static string Person(string id, string? displayName) =>
        displayName is null ? TerminalText.Escape(id) : $"{TerminalText.Escape(displayName)} [dim]({TerminalText.Escape(id)})[/]";

    private static string Score(double score)
    {
        var colour = score >= 0.7 ? "green" : score >= 0.5 ? "default" : "yellow";
        return string.Create(CultureInfo.InvariantCulture, $"[{colour}]{score:0.00}[/]");
    }
}
