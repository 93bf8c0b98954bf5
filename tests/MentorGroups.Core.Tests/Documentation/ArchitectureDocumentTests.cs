using System.Text.RegularExpressions;
using MentorGroups.Enrolments;
using MentorGroups.Tests.Support;

namespace MentorGroups.Tests.Documentation;

/// <summary>
/// Keeps docs/architecture.md's list of public types true: its tables under "The public surface and its audiences"
/// name every public type of the core library exactly once, and no other, each with a named audience.
/// </summary>
public sealed partial class ArchitectureDocumentTests
{
    private static readonly string[] Audiences = ["HR developer", "Rule author", "Strategy author", "DI integrator", "Test author"];

    [Fact]
    public void PublicSurfaceTables_NameEveryPublicTypeOnce()
    {
        var named = Rows().SelectMany(r => r.Types).ToArray();
        var exported = typeof(Roster).Assembly.GetExportedTypes().Select(t => t.Name.Split('`')[0]).Order(StringComparer.Ordinal).ToArray();

        Assert.Empty(named.GroupBy(n => n, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key));
        Assert.Equal(exported, named.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void PublicSurfaceTables_GiveEachTypeANamedAudience()
    {
        var rows = Rows();

        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.All(r.Audiences, a => Assert.Contains(a, Audiences, StringComparer.OrdinalIgnoreCase)));
    }

    private static List<(string[] Types, string[] Audiences)> Rows()
    {
        var lines = RepositoryText.Lines("docs", "architecture.md");
        var start = lines.FindIndex(l => l.StartsWith("## The public surface and its audiences", StringComparison.Ordinal));
        Assert.True(start >= 0, "docs/architecture.md has no section 'The public surface and its audiences'.");
        var rows = new List<(string[], string[])>();
        foreach (var line in lines.Skip(start + 1).TakeWhile(l => !l.StartsWith("## ", StringComparison.Ordinal)))
        {
            var cells = line.Split('|', StringSplitOptions.TrimEntries);
            if (cells.Length < 4 || !cells[1].Contains('`', StringComparison.Ordinal))
            {
                continue; // not a table row, or a header
            }

            rows.Add(([.. Code().Matches(cells[1]).Select(m => m.Groups[1].Value)], cells[2].Split(';', StringSplitOptions.TrimEntries)));
        }

        return rows;
    }

    [GeneratedRegex("`([A-Za-z0-9]+)`")]
    private static partial Regex Code();
}
