using System.Globalization;
using Spectre.Console;

namespace MentorGroups.Cli.Output;

/// <summary>The readable console summary of a result: groups, unmatched mentees with reasons, policy warnings and totals.</summary>
internal static class SummaryRenderer
{
    /// <summary>Above this many groups the terminal shows totals and what needs attention; the files hold the rest.</summary>
    public const int FullListLimit = 100;

    /// <summary>The most rows of each attention list in the short summary.</summary>
    public const int AttentionRows = 15;

    public static void Render(IAnsiConsole console, ResultDocument document, IReadOnlyList<string>? files = null)
    {
        if (document.Groups.Count > FullListLimit)
        {
            RenderShort(console, document, files ?? []);
            return;
        }

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
                unmatched.AddRow(Person(u.Mentee, u.DisplayName), TerminalText.Escape(Reasons.Sentence(u.Reason)), TerminalText.Escape(u.Explanation));
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

        Totals(console, document);
    }

    /// <summary>Totals, then the groups below the recommended size, the groups without a slot and the people not placed.</summary>
    private static void RenderShort(IAnsiConsole console, ResultDocument document, IReadOnlyList<string> files)
    {
        console.MarkupLine($"[bold]{TerminalText.Escape(document.Programme)}[/]: {document.Groups.Count:N0} groups ({TerminalText.Escape(document.Strategy)}, seed {document.Seed}); too many to list here.");
        Totals(console, document);
        var min = document.Limits?.MinMentees ?? 0;
        var small = document.Groups.Where(g => g.Members.Count(m => m.Role == "mentee") < min).ToArray();
        var noSlot = document.Groups.Where(g => g.CommonSlot?.Utc is null).ToArray();
        Attention(console, $"{small.Length} group(s) below the recommended size of {min} mentees", [Ids(small.Select(g => $"{g.Id} ({g.Members.Count(m => m.Role == "mentee")})"))]);
        Attention(console, $"{noSlot.Length} group(s) without a common meeting slot", [Ids(noSlot.Select(g => g.Id))]);
        Attention(console, $"{document.Unmatched.Count} mentee(s) not placed", document.Unmatched.Select(u => $"{Person(u.Mentee, u.DisplayName)}: {TerminalText.Escape(Reasons.Sentence(u.Reason))}"));
        Attention(console, $"{document.UnassignedMentors.Count} mentor(s) without a group", document.UnassignedMentors.Select(m => Person(m.Mentor, m.DisplayName)));
        console.MarkupLine(files.Count > 0
            ? $"Every group, member and reason is in {TerminalText.Escape(string.Join(", ", files))}."
            : "Add --report groups.html (or --csv, --json) to see every group; the terminal lists only what needs attention at this size.");
    }

    /// <summary>Ids on one line: the first hundred, then a count.</summary>
    private static string Ids(IEnumerable<string> ids)
    {
        var list = ids.ToArray();
        var shown = TerminalText.Escape(string.Join(", ", list.Take(100)));
        return list.Length > 100 ? $"{shown}, and {list.Length - 100} more" : shown;
    }

    private static void Attention(IAnsiConsole console, string title, IEnumerable<string> rows)
    {
        var list = rows.Where(r => r.Length > 0).ToArray();
        if (list.Length == 0)
        {
            return;
        }

        console.MarkupLine($"[bold yellow]{title}[/]");
        foreach (var row in list.Take(AttentionRows))
        {
            console.MarkupLine("  " + row);
        }

        if (list.Length > AttentionRows)
        {
            console.MarkupLine($"  ... and {list.Length - AttentionRows} more.");
        }
    }

    private static void Totals(IAnsiConsole console, ResultDocument document)
    {
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
