namespace MentorGroups.Cli.Tests.Commands;

public class ExplainCommandTests
{
    [Fact]
    public async Task Explain_PlacedMenteeFromResultFile_ShowsGroupAndCriterionBreakdown()
    {
        using var folder = new TempFolder();
        var input = folder.Write("people.csv", Inputs.Small);
        var settings = folder.Write("programme.json", Inputs.CommonLanguageSettings);
        Assert.Equal(ExitCodes.Success, (await Cli.RunAsync("match", input, "--settings", settings, "--json", folder.File("groups.json"), "--quiet")).ExitCode);

        var run = await Cli.RunAsync("explain", "T1", "--result", folder.File("groups.json"));

        Assert.True(run.ExitCode == ExitCodes.Success, run.ToString());
        Assert.Contains("Tia Mentee (T1) is a mentee in group G001 with Ada Mentor (M1); score 0.85.", run.Output, StringComparison.Ordinal);
        Assert.Contains("mentor's expertise covers 1 of 1 goal(s): negotiation", run.Output, StringComparison.Ordinal);
        Assert.Contains("The group can meet Mon 09:00-10:00 UTC.", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Explain_UnmatchedMenteeByMatchingAgain_SaysWhy()
    {
        using var folder = new TempFolder();
        var input = folder.Write("people.csv", Inputs.Small);
        var settings = folder.Write("programme.json", Inputs.CommonLanguageSettings);

        var run = await Cli.RunAsync("explain", "T3", input, "--settings", settings);

        Assert.True(run.ExitCode == ExitCodes.Success, run.ToString());
        Assert.Contains("Uma Mentee (T3) is not placed. No mentor fits: every one is ruled out by a rule such as a common language.", run.Output, StringComparison.Ordinal);
        Assert.Contains("common-language rules out 2.", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("NoCompatibleMentor", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Explain_Mentor_NamesTheirGroup()
    {
        var run = await Cli.RunAsync("explain", "E0001", "--sample");

        Assert.True(run.ExitCode == ExitCodes.Success, run.ToString());
        Assert.Matches("\\(E0001\\) is a (mentor|co-mentor) of group G[0-9]{3} with [0-9]+ mentee", run.Output);
    }

    [Fact]
    public async Task Explain_UnknownId_ExitsTwo()
    {
        var run = await Cli.RunAsync("explain", "X999", "--sample");

        Assert.Equal(ExitCodes.InvalidInput, run.ExitCode);
        Assert.Contains("X999 is not a participant of this result.", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Explain_ResultOfAnotherVersion_ExitsTwo()
    {
        using var folder = new TempFolder();
        var result = folder.Write("groups.json", "{ \"version\": 7 }");

        var run = await Cli.RunAsync("explain", "T1", "--result", result);

        Assert.Equal(ExitCodes.InvalidInput, run.ExitCode);
        Assert.Contains("groups.json", run.Error, StringComparison.Ordinal);
    }
}
