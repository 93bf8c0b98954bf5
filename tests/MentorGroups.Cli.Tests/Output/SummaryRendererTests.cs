using MentorGroups.Cli.Output;

namespace MentorGroups.Cli.Tests.Output;

public class SummaryRendererTests
{
    private static ResultDocument Document(int groups)
    {
        var records = Enumerable.Range(1, groups).Select(i => new GroupRecord(
            $"G{i:0000}",
            [new MemberRecord($"M{i}", "mentor", $"Mentor {i}", null, null), .. Enumerable.Range(0, i % 10 == 0 ? 2 : 6).Select(j => new MemberRecord($"T{i}-{j}", "mentee", $"Mentee {i}-{j}", null, 0.8))],
            0.8,
            [],
            new SlotRecord(i % 7 == 0 ? null : "Mon 09:00-10:00 UTC", 60, 7, [], []),
            [])).ToArray();
        return new ResultDocument(1, "Big programme", "greedy", 0, "recommended",
            new ResultTotals(groups, groups * 6, groups, groups * 5, 3, 0, groups * 4.0, 0),
            records, [], [new UnmatchedRecord("T-x", "Lone \u001b[2J Mentee", "CapacityExhausted", "All full.")], [], [],
            new PolicyLimits(1, 2, 5, 10, 5));
    }

    [Fact]
    public void Render_ManyGroups_ShowsTotalsAndOnlyTheGroupsThatNeedAttention()
    {
        using var output = new StringWriter();

        SummaryRenderer.Render(new CliContext(output, output, interactive: false).Console, Document(3000), ["groups.html", "groups.csv"]);

        var text = output.ToString();
        Assert.Contains("Big programme", text, StringComparison.Ordinal);
        Assert.Contains("300 group(s) below the recommended size of 5 mentees", text, StringComparison.Ordinal);
        Assert.Contains("G0010 (2), G0020 (2)", text, StringComparison.Ordinal);
        Assert.Contains("428 group(s) without a common meeting slot", text, StringComparison.Ordinal);
        Assert.Contains("1 mentee(s) not placed", text, StringComparison.Ordinal);
        Assert.Contains("Mentors who fit exist, but their groups are full.", text, StringComparison.Ordinal);
        Assert.Contains("Every group, member and reason is in groups.html, groups.csv.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Mentor 1 ", text, StringComparison.Ordinal);
        Assert.DoesNotContain('\u001b', text);
        Assert.True(text.Split('\n').Length < 40, $"{text.Split('\n').Length} lines");
    }

    [Fact]
    public void Render_FewGroups_ListsEveryGroup()
    {
        using var output = new StringWriter();

        SummaryRenderer.Render(new CliContext(output, output, interactive: false).Console, Document(12));

        Assert.Contains("G0012", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("Mentee 3-1", output.ToString(), StringComparison.Ordinal);
    }
}
