using System.Text;
using MentorGroups.Cli.Output;

namespace MentorGroups.Cli.Tests.Commands;

public class MatchCommandTests
{
    [Fact]
    public async Task Match_SmallFixedInput_WritesExactlyTheExpectedCsv()
    {
        using var folder = new TempFolder();
        var input = folder.Write("people.csv", Inputs.Small);
        var settings = folder.Write("programme.json", Inputs.CommonLanguageSettings);

        var run = await Cli.RunAsync("match", input, "--settings", settings, "--csv", folder.File("groups.csv"), "--quiet");

        Assert.True(run.ExitCode == ExitCodes.Success, run.ToString());
        const string Expected =
            "group_id,role,id,display_name,org_unit,score,common_slot_utc,note\n"
            + "G001,mentor,M1,Ada Mentor,Sales,,Mon 09:00-10:00 UTC,\n"
            + "G001,mentee,T1,Tia Mentee,Finance,0.8500,Mon 09:00-10:00 UTC,\n"
            + "G002,mentor,M2,\"'=cmd|' /C calc'!A0\",Finance,,Mon 09:00-10:00 UTC,\n"
            + "G002,mentee,T2,Tom Mentee,Sales,0.7500,Mon 09:00-10:00 UTC,\n"
            + ",mentee,T3,Uma Mentee,,,,unmatched (NoCompatibleMentor): No mentor group is compatible with T3 among 2: common-language rules out 2.\n";
        Assert.Equal(Expected, File.ReadAllText(folder.File("groups.csv")));
    }

    [Fact]
    public async Task Match_Csv_StartsWithAByteOrderMarkSoSpreadsheetsReadUtf8()
    {
        using var folder = new TempFolder();
        var input = folder.Write("people.csv", Inputs.Small);

        var run = await Cli.RunAsync("match", input, "--csv", folder.File("groups.csv"), "--quiet");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Equal(Encoding.UTF8.Preamble.ToArray(), File.ReadAllBytes(folder.File("groups.csv")).Take(3).ToArray());
    }

    [Theory]
    [InlineData("=1+2")]
    [InlineData("+1")]
    [InlineData("-1")]
    [InlineData("@SUM(A1)")]
    public async Task Match_CellThatLooksLikeAFormula_IsWrittenWithALeadingApostrophe(string name)
    {
        using var folder = new TempFolder();
        var input = folder.Write("people.csv", Inputs.Header + "\n"
            + $"M1,{name},mentor,1,,x,en,A,,5,UTC,Mon 09:00-12:00,\n"
            + "T1,Tia,mentee,,x,,en,B,,1,UTC,Mon 09:00-12:00,\n");

        var run = await Cli.RunAsync("match", input, "--csv", folder.File("groups.csv"), "--quiet");

        Assert.True(run.ExitCode == ExitCodes.Success, run.ToString());
        using var csv = CsvHelper.CsvReader.FromFile(folder.File("groups.csv"), CsvHelper.CsvReaderOptions.Default with { Separator = ',' });
        Assert.True(csv.Read());
        Assert.Equal("M1", csv.GetString("id"));
        Assert.Equal("'" + name, csv.GetString("display_name"));
    }

    [Fact]
    public async Task Match_Json_RoundTripsUnchanged()
    {
        using var folder = new TempFolder();
        var run = await Cli.RunAsync("match", "--sample", "--json", folder.File("groups.json"), "--quiet");
        Assert.True(run.ExitCode == ExitCodes.Success, run.ToString());

        var written = File.ReadAllText(folder.File("groups.json"));
        var document = ResultFile.Parse("groups.json", written);

        Assert.Equal(written, ResultFile.ToJson(document));
        Assert.Equal(ResultDocument.CurrentVersion, document.Version);
        Assert.Equal(document.Totals.Placed, document.Placements.Count);
        Assert.Contains("\"version\": 1", written, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Match_SameInputAndSeed_WritesIdenticalFiles()
    {
        using var folder = new TempFolder();
        var first = await Cli.RunAsync("match", "--sample", "--json", folder.File("a.json"), "--csv", folder.File("a.csv"), "--quiet");
        var second = await Cli.RunAsync("match", "--sample", "--json", folder.File("b.json"), "--csv", folder.File("b.csv"), "--quiet");

        Assert.Equal(ExitCodes.Success, first.ExitCode);
        Assert.Equal(ExitCodes.Success, second.ExitCode);
        Assert.Equal(File.ReadAllText(folder.File("a.json")), File.ReadAllText(folder.File("b.json")));
        Assert.Equal(File.ReadAllText(folder.File("a.csv")), File.ReadAllText(folder.File("b.csv")));
    }

    [Fact]
    public async Task Match_Sample_PrintsTheGroupsTableAndTotals()
    {
        var run = await Cli.RunAsync("match", "--sample");

        Assert.True(run.ExitCode == ExitCodes.Success, run.ToString());
        Assert.Contains("Graduate mentoring 2025 (sample)", run.Output, StringComparison.Ordinal);
        Assert.Contains("G001", run.Output, StringComparison.Ordinal);
        Assert.Contains("Common slot (UTC)", run.Output, StringComparison.Ordinal);
        Assert.Contains("Not placed", run.Output, StringComparison.Ordinal);
        Assert.Matches("[0-9]+ of [0-9]+ mentees placed in [0-9]+ groups", run.Output);
        Assert.Empty(run.Error);
    }

    [Fact]
    public async Task Match_InvalidInput_ExitsTwoAndWritesNoFileAndKeepsExistingOnes()
    {
        using var folder = new TempFolder();
        var input = folder.Write("people.csv", Inputs.Header + "\nM1,Ada,mentor,lots,,x,en,A,,5,UTC,Mon 09:00-12:00,\n");
        File.WriteAllText(folder.File("groups.csv"), "previous run");

        var run = await Cli.RunAsync("match", input, "--csv", folder.File("groups.csv"), "--json", folder.File("groups.json"), "--report", folder.File("groups.html"));

        Assert.Equal(ExitCodes.InvalidInput, run.ExitCode);
        Assert.Equal("previous run", File.ReadAllText(folder.File("groups.csv")));
        Assert.Equal(["groups.csv", "people.csv"], folder.Files());
        Assert.Contains("people.csv:2:4 (capacity)", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Match_CancelledBeforeWriting_ExitsThreeAndWritesNothing()
    {
        using var folder = new TempFolder();
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();

        var run = await Cli.RunAsync(CliServices.CreateDefault(), cancellation.Token, "match", "--sample", "--csv", folder.File("groups.csv"));

        Assert.Equal(ExitCodes.Cancelled, run.ExitCode);
        Assert.Empty(folder.Files());
        Assert.Contains("Cancelled", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Match_CancelledWhileMatching_ExitsThreeAndWritesNothing()
    {
        using var folder = new TempFolder();
        using var cancellation = new CancellationTokenSource();
        var services = CliServices.CreateDefault();
        services.Strategies.Add("cancels", () => new CancellingStrategy(cancellation));

        var run = await Cli.RunAsync(services, cancellation.Token, "match", "--sample", "--strategy", "cancels", "--csv", folder.File("groups.csv"));

        Assert.Equal(ExitCodes.Cancelled, run.ExitCode);
        Assert.Empty(folder.Files());
    }

    [Fact]
    public async Task Match_StrategyFailsUnexpectedly_ExitsOneWithAShortMessage()
    {
        var services = CliServices.CreateDefault();
        services.Strategies.Add("broken", () => new BrokenStrategy());

        var run = await Cli.RunAsync(services, TestContext.Current.CancellationToken, "match", "--sample", "--strategy", "broken");

        Assert.Equal(ExitCodes.UnexpectedError, run.ExitCode);
        Assert.Contains("unexpected error (InvalidOperationException): the strategy broke", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Match_UnknownStrategy_ExitsTwoAndListsTheKnownOnes()
    {
        var run = await Cli.RunAsync("match", "--sample", "--strategy", "annealing");

        Assert.Equal(ExitCodes.InvalidInput, run.ExitCode);
        Assert.Contains("No matching strategy is named 'annealing'; known: greedy", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Match_NeitherFileNorSample_ExitsTwo()
    {
        var run = await Cli.RunAsync("match");

        Assert.Equal(ExitCodes.InvalidInput, run.ExitCode);
        Assert.Contains("--sample", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Match_UnknownOption_ExitsTwoWithUsageHint()
    {
        var run = await Cli.RunAsync("match", "--sample", "--colour", "red");

        Assert.Equal(ExitCodes.InvalidInput, run.ExitCode);
        Assert.Contains("--help", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Match_Report_IsOneSelfContainedHtmlFile()
    {
        using var folder = new TempFolder();

        var run = await Cli.RunAsync("match", "--sample", "--report", folder.File("groups.html"), "--quiet");

        Assert.True(run.ExitCode == ExitCodes.Success, run.ToString());
        var html = File.ReadAllText(folder.File("groups.html"));
        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
        Assert.Contains("<style>", html, StringComparison.Ordinal);
        Assert.Contains("<svg", html, StringComparison.Ordinal);
        Assert.Contains("class=\"card\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("http:", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("https:", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<link", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(" src=", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("url(", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Match_Report_EncodesTextFromTheInput()
    {
        using var folder = new TempFolder();
        var input = folder.Write("people.csv", Inputs.Header + "\n"
            + "M1,<script>alert(1)</script>,mentor,1,,x,en,A,,5,UTC,Mon 09:00-12:00,\n"
            + "T1,Tia,mentee,,x,,en,B,,1,UTC,Mon 09:00-12:00,\n");

        var run = await Cli.RunAsync("match", input, "--report", folder.File("groups.html"), "--quiet");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        var html = File.ReadAllText(folder.File("groups.html"));
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
    }

    private sealed class BrokenStrategy : MentorGroups.Matching.IMatchingStrategy
    {
        public string Name => "broken";

        public MentorGroups.Matching.MatchingResult Match(MentorGroups.Matching.MatchingRequest request, CancellationToken cancellationToken = default) =>
            throw new InvalidOperationException("the strategy broke");
    }

    /// <summary>Stands in for Ctrl+C arriving while a strategy works.</summary>
    private sealed class CancellingStrategy(CancellationTokenSource source) : MentorGroups.Matching.IMatchingStrategy
    {
        public string Name => "cancels";

        public MentorGroups.Matching.MatchingResult Match(MentorGroups.Matching.MatchingRequest request, CancellationToken cancellationToken = default)
        {
            source.Cancel();
            cancellationToken.ThrowIfCancellationRequested();
            throw new InvalidOperationException("unreachable");
        }
    }
}
