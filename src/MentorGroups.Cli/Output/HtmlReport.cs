using System.Globalization;
using System.Net;
using System.Text;

namespace MentorGroups.Cli.Output;

/// <summary>
/// The HTML report: one self-contained file (inline CSS and SVG, no scripts, no links to anything) with a summary,
/// charts of group sizes and score distribution, a card per group and the people not placed. Every text from the
/// input is HTML-encoded.
/// </summary>
internal static class HtmlReport
{
    private const string Style = """
        :root { --ink:#1f2933; --muted:#616e7c; --line:#d9e2ec; --accent:#2f6fb2; --good:#2e7d4f; --warn:#b7791f; --bg:#f5f7fa; }
        * { box-sizing: border-box; }
        html { -webkit-text-size-adjust: 100%; }
        body { margin: 0; padding: 24px; font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink); background: var(--bg); }
        h1 { margin: 0 0 4px; font-size: 24px; }
        h2 { margin: 28px 0 12px; font-size: 18px; }
        .sub { color: var(--muted); margin-bottom: 16px; }
        .stats { display: flex; flex-wrap: wrap; gap: 12px; margin-bottom: 16px; }
        .stat { background: #fff; border: 1px solid var(--line); border-radius: 8px; padding: 10px 16px; min-width: 130px; }
        .stat b { display: block; font-size: 22px; }
        .charts { display: flex; flex-wrap: wrap; gap: 16px; }
        .chart { background: #fff; border: 1px solid var(--line); border-radius: 8px; padding: 12px; flex: 1 1 300px; max-width: 520px; min-width: 0; }
        .chart svg { display: block; width: 100%; height: auto; }
        .chart h3 { margin: 0 0 8px; font-size: 14px; }
        .cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(min(100%, 340px), 1fr)); gap: 16px; }
        .card { background: #fff; border: 1px solid var(--line); border-radius: 8px; padding: 14px; break-inside: avoid; min-width: 0; }
        .scroll { overflow-x: auto; max-width: 100%; }
        .legend { background: #fff; border: 1px solid var(--line); border-radius: 8px; padding: 10px 16px; margin-bottom: 16px; }
        .legend h3 { margin: 0 0 6px; font-size: 14px; }
        .legend ul { margin: 4px 0; padding-left: 18px; }
        .stat.alert { border-color: var(--warn); }
        .badge { font-size: 12px; color: var(--warn); border: 1px solid var(--warn); border-radius: 10px; padding: 0 8px; margin: 0 8px; }
        .local { font-size: 12px; color: var(--muted); white-space: nowrap; }
        @media (max-width: 480px) {
          body { padding: 12px; }
          h1 { font-size: 20px; }
          .stat { min-width: 0; flex: 1 1 40%; padding: 8px 10px; }
          .card { padding: 10px; }
        }
        .card header { display: flex; flex-wrap: wrap; justify-content: space-between; align-items: baseline; gap: 4px; margin-bottom: 6px; }
        .card header b { font-size: 16px; }
        .score { font-weight: 600; }
        .score.good { color: var(--good); } .score.low { color: var(--warn); }
        .slot { color: var(--muted); margin-bottom: 8px; }
        table { border-collapse: collapse; width: 100%; }
        td, th { text-align: left; padding: 3px 6px; border-bottom: 1px solid var(--line); vertical-align: top; }
        th { color: var(--muted); font-weight: 600; font-size: 12px; }
        .role { font-size: 12px; color: var(--muted); }
        .bar { display: inline-block; max-width: 100%; height: 8px; background: var(--accent); border-radius: 4px; vertical-align: middle; }
        .crit td { border: none; padding: 1px 6px; font-size: 12px; }
        .warn { color: var(--warn); font-size: 12px; margin: 6px 0 0; padding-left: 18px; }
        .none { color: var(--muted); }
        """;

    public static string Render(ResultDocument document)
    {
        var html = new StringBuilder();
        var t = document.Totals;
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>").Append(E(document.Programme)).Append(" – groups</title>\n<style>\n").Append(Style).Append("\n</style>\n</head>\n<body>\n");
        html.Append("<h1>").Append(E(document.Programme)).Append("</h1>\n")
            .Append(I($"<div class=\"sub\">Strategy {E(document.Strategy)}, seed {document.Seed}, size policy {E(document.Policy)}. Meeting slots are weekly times, in UTC and in each member's own time zone.</div>\n"));

        html.Append("<div class=\"stats\">")
            .Append(Stat("groups", t.Groups.ToString(CultureInfo.InvariantCulture)))
            .Append(Stat("mentees placed", I($"{t.Placed} of {t.Mentees}")))
            .Append(Stat("unmatched", t.Unmatched.ToString(CultureInfo.InvariantCulture)))
            .Append(Stat("mentors in groups", I($"{t.Mentors - t.UnassignedMentors} of {t.Mentors}")))
            .Append(Stat("mean score", I($"{(t.Placed == 0 ? 0 : t.TotalScore / t.Placed):0.00}")))
            .Append(Stat("groups without a slot", document.Groups.Count(g => g.CommonSlot?.Utc is null).ToString(CultureInfo.InvariantCulture)))
            .Append(Stat(BelowSizeLabel(document), BelowSize(document).ToString(CultureInfo.InvariantCulture), BelowSize(document) > 0))
            .Append("</div>\n");
        AppendLegend(html, document);

        var sizes = document.Groups.GroupBy(g => g.Members.Count(m => m.Role == "mentee")).OrderBy(g => g.Key)
            .Select(g => (Label: g.Key.ToString(CultureInfo.InvariantCulture), Count: g.Count())).ToArray();
        var scores = Enumerable.Range(0, 10).Select(bin => (
            Label: I($"{bin / 10.0:0.0}"),
            Count: document.Placements.Count(p => Math.Min(9, (int)(p.Score * 10)) == bin))).ToArray();
        html.Append("<h2>Summary</h2>\n<div class=\"charts\">\n")
            .Append(Chart("Group sizes (mentees per group)", "mentees", "groups", sizes))
            .Append(Chart("Score distribution (placed mentees)", "score from", "mentees", scores))
            .Append("</div>\n");

        html.Append("<h2>Groups</h2>\n<div class=\"cards\">\n");
        foreach (var group in document.Groups)
        {
            AppendCard(html, group, document.Limits);
        }

        html.Append("</div>\n");
        AppendNotPlaced(html, document);
        html.Append("</body>\n</html>\n");
        return html.ToString();
    }

    /// <summary>Groups with fewer mentees than the policy's minimum (a recommendation: such groups are formed, with a warning).</summary>
    private static int BelowSize(ResultDocument document) =>
        document.Limits is { } limits ? document.Groups.Count(g => g.Members.Count(m => m.Role == "mentee") < limits.MinMentees) : 0;

    private static string BelowSizeLabel(ResultDocument document) =>
        document.Limits is { } limits ? I($"groups below {limits.MinMentees} mentees") : "groups below the recommended size";

    /// <summary>What the score means and how much each criterion weighs in it.</summary>
    private static void AppendLegend(StringBuilder html, ResultDocument document)
    {
        html.Append("<section class=\"legend\" id=\"legend\">\n<h3>How to read the scores</h3>\n")
            .Append("<p>A mentee's score (0 to 1) is how well the group fits them: each criterion scores 0 to 1, and the score is their weighted mean. ")
            .Append("A group's score is the mean of its mentees' scores. <span class=\"score good\">0.70 or more</span> is a good fit; <span class=\"score low\">below 0.50</span> deserves a look.</p>\n");
        var weights = document.Placements.Count > 0 ? document.Placements[0].Breakdown : null;
        if (weights is { Count: > 0 })
        {
            var total = weights.Sum(c => c.Weight);
            html.Append("<p>Criterion weights (share of the score):</p>\n<ul>\n");
            foreach (var c in weights)
            {
                html.Append("<li>").Append(E(c.Criterion)).Append(I($" ×{c.Weight:0.##}")).Append(total > 0 ? I($" ({c.Weight / total:0%})") : string.Empty).Append("</li>\n");
            }

            html.Append("</ul>\n");
        }

        html.Append("</section>\n");
    }

    private static void AppendCard(StringBuilder html, GroupRecord group, PolicyLimits? limits)
    {
        var mentees = group.Members.Count(m => m.Role == "mentee");
        var below = limits is not null && mentees < limits.MinMentees;
        var quality = group.Score >= 0.7 ? "good" : group.Score < 0.5 ? "low" : string.Empty;
        html.Append("<section class=\"card\" data-group=\"").Append(E(group.Id)).Append("\">\n<header><b>").Append(E(group.Id)).Append("</b>")
            .Append(below ? I($"<span class=\"badge\">{mentees} of at least {limits!.MinMentees} mentees</span>") : string.Empty)
            .Append(I($"<span class=\"score {quality}\">score {group.Score:0.00}</span></header>\n"));
        html.Append("<div class=\"slot\">Meeting slot: ")
            .Append(group.CommonSlot?.Utc is { } slot ? E(slot) : "<span class=\"none\">no common time found</span>");
        if (group.CommonSlot is { MembersWithoutAvailability.Count: > 0 } s)
        {
            html.Append(I($" ({s.MembersWithoutAvailability.Count} member(s) gave no availability)"));
        }

        var local = group.Members.Any(m => m.LocalSlot is not null);
        html.Append("</div>\n<div class=\"scroll\"><table>\n<tr><th>Role</th><th>Id</th><th>Name</th><th>Unit</th><th>Score</th>")
            .Append(local ? "<th>Slot, own time</th>" : string.Empty).Append("</tr>\n");
        foreach (var m in group.Members)
        {
            html.Append("<tr><td class=\"role\">").Append(E(m.Role)).Append("</td><td>").Append(E(m.Id)).Append("</td><td>")
                .Append(E(m.DisplayName ?? string.Empty)).Append("</td><td>").Append(E(m.OrgUnit ?? string.Empty)).Append("</td><td>")
                .Append(m.Score is { } score ? I($"{score:0.00}") : string.Empty).Append("</td>")
                .Append(local ? "<td class=\"local\">" + E(m.LocalSlot ?? string.Empty) + "</td>" : string.Empty).Append("</tr>\n");
        }

        html.Append("</table></div>\n");
        if (group.Breakdown.Count > 0)
        {
            html.Append("<table class=\"crit\">\n");
            foreach (var c in group.Breakdown)
            {
                html.Append("<tr><td>").Append(E(c.Criterion)).Append(I($" <span class=\"role\">×{c.Weight:0.##}</span></td>"))
                    .Append(I($"<td><span class=\"bar\" style=\"width:{Math.Round(c.Score * 120)}px\"></span> {c.Score:0.00}</td></tr>\n"));

            }

            html.Append("</table>\n");
        }

        if (group.Warnings.Count > 0)
        {
            html.Append("<ul class=\"warn\">\n");
            foreach (var warning in group.Warnings)
            {
                html.Append("<li>").Append(E(warning)).Append("</li>\n");
            }

            html.Append("</ul>\n");
        }

        html.Append("</section>\n");
    }

    private static void AppendNotPlaced(StringBuilder html, ResultDocument document)
    {
        if (document.Unmatched.Count == 0 && document.UnassignedMentors.Count == 0)
        {
            return;
        }

        html.Append("<h2>Not placed</h2>\n<div class=\"card\">\n<div class=\"scroll\"><table>\n<tr><th>Id</th><th>Name</th><th>Reason</th><th>Why</th></tr>\n");
        foreach (var u in document.Unmatched)
        {
            html.Append("<tr><td>").Append(E(u.Mentee)).Append("</td><td>").Append(E(u.DisplayName ?? string.Empty)).Append("</td><td>")
                .Append(E(Reasons.Sentence(u.Reason))).Append("</td><td>").Append(E(u.Explanation)).Append("</td></tr>\n");
        }

        foreach (var m in document.UnassignedMentors)
        {
            html.Append("<tr><td>").Append(E(m.Mentor)).Append("</td><td>").Append(E(m.DisplayName ?? string.Empty)).Append("</td><td>")
                .Append(E(m.Role)).Append(" without group</td><td>").Append(E(m.Explanation)).Append("</td></tr>\n");
        }

        html.Append("</table></div>\n</div>\n");
    }

    /// <summary>A bar chart as inline SVG: one bar per label, the count above it.</summary>
    private static string Chart(string title, string xLabel, string yLabel, (string Label, int Count)[] bars)
    {
        const int Height = 160, BarWidth = 34, Gap = 10, Left = 36, Top = 18, Bottom = 36;
        var width = Left + Math.Max(1, bars.Length) * (BarWidth + Gap) + Gap;
        var max = Math.Max(1, bars.Length == 0 ? 1 : bars.Max(b => b.Count));
        var svg = new StringBuilder();
        svg.Append("<div class=\"chart\"><h3>").Append(E(title)).Append("</h3>\n")
            .Append(I($"<svg viewBox=\"0 0 {width} {Height + Top + Bottom}\" style=\"max-width:{width}px\" preserveAspectRatio=\"xMinYMin meet\" role=\"img\" aria-label=\"{E(title)}\">\n"))
            .Append(I($"<line x1=\"{Left}\" y1=\"{Top + Height}\" x2=\"{width - Gap / 2}\" y2=\"{Top + Height}\" stroke=\"#9aa5b1\"/>\n"));
        for (var i = 0; i < bars.Length; i++)
        {
            var (label, count) = bars[i];
            var h = (int)Math.Round((double)count / max * Height);
            var x = Left + Gap + (i * (BarWidth + Gap));
            svg.Append(I($"<rect x=\"{x}\" y=\"{Top + Height - h}\" width=\"{BarWidth}\" height=\"{h}\" fill=\"#2f6fb2\" rx=\"3\"><title>{E(label)}: {count}</title></rect>\n"))
                .Append(I($"<text x=\"{x + (BarWidth / 2)}\" y=\"{Top + Height - h - 4}\" font-size=\"11\" text-anchor=\"middle\" fill=\"#1f2933\">{count}</text>\n"))
                .Append(I($"<text x=\"{x + (BarWidth / 2)}\" y=\"{Top + Height + 14}\" font-size=\"11\" text-anchor=\"middle\" fill=\"#616e7c\">{E(label)}</text>\n"));
        }

        svg.Append(I($"<text x=\"{Left}\" y=\"{Top + Height + 30}\" font-size=\"11\" fill=\"#616e7c\">{E(xLabel)} →</text>\n"))
            .Append(I($"<text x=\"4\" y=\"{Top - 6}\" font-size=\"11\" fill=\"#616e7c\">{E(yLabel)}</text>\n"))
            .Append("</svg></div>\n");
        return svg.ToString();
    }

    private static string Stat(string label, string value, bool alert = false) =>
        $"<div class=\"stat{(alert ? " alert" : string.Empty)}\"><b>{E(value)}</b>{E(label)}</div>";

    private static string E(string text) => WebUtility.HtmlEncode(text);

    private static string I(FormattableString text) => FormattableString.Invariant(text);
}
