namespace MentorGroups.Cli.Tests.Commands;

public class InputOptionsTests
{
    // T1's line manager X1 is not enrolled; X1 reports to M1, so M1 is two levels up T1's chain.
    private const string People = "id,role,capacity,expertise,goals,languages\n"
        + "M1,mentor,5,negotiation,,en\n"
        + "M2,mentor,5,finance,,en\n"
        + "T1,mentee,,,negotiation,en\n"
        + "T2,mentee,,,negotiation,en\n";

    private const string Chart = "employee_id,manager_id\nT1,X1\nX1,M1\n";

    private static async Task<string> GroupOfT1(TempFolder folder, params string[] extra)
    {
        var run = await Cli.RunAsync(["match", folder.Write("people.csv", People), "--json", folder.File("r.json"), "--quiet", .. extra]);
        Assert.True(run.ExitCode == ExitCodes.Success, run.ToString());
        var explain = await Cli.RunAsync("explain", "T1", "--result", folder.File("r.json"));
        return explain.Output;
    }

    [Fact]
    public async Task Match_OrgChart_KeepsAMenteeAwayFromTheManagerTwoLevelsUp()
    {
        using var folder = new TempFolder();

        var without = await GroupOfT1(folder);
        var with = await GroupOfT1(folder, "--org-chart", folder.Write("chart.csv", Chart));

        Assert.Contains("M1", without, StringComparison.Ordinal);
        Assert.DoesNotContain("M1", with, StringComparison.Ordinal);
        Assert.Contains("M2", with, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Match_OrgChartWithOneLevelInTheSettings_AllowsTheManagerTwoLevelsUp()
    {
        using var folder = new TempFolder();
        var settings = folder.Write("programme.json", """{ "version": 1, "managementChain": { "levels": 1 } }""");

        var with = await GroupOfT1(folder, "--org-chart", folder.Write("chart.csv", Chart), "--settings", settings);

        Assert.Contains("M1", with, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_BadChartAndBadSettings_ReportsEveryProblemOfEveryFileAtOnce()
    {
        using var folder = new TempFolder();
        var people = folder.Write("people.csv", People);
        var chart = folder.Write("chart.csv", "employee_id,manager_id\nT1,X1\nT1,X2\nX1,X1\n");
        var settings = folder.Write("programme.json", """{ "version": 1, "managementChain": { "levels": 0, "separateTeammate": true } }""");

        var run = await Cli.RunAsync("validate", people, "--org-chart", chart, "--settings", settings);

        Assert.Equal(ExitCodes.InvalidInput, run.ExitCode);
        Assert.Contains("chart.csv:3:1 (employee_id): T1 is already listed on line 2; each person has one line manager. [chart.person-duplicate]", run.Output, StringComparison.Ordinal);
        Assert.Contains("chart.csv:4:2 (manager_id): X1 is listed as their own line manager", run.Output, StringComparison.Ordinal);
        Assert.Contains("($.managementChain.levels): 'levels' must be from 1 (the line manager only) to 20; got 0. [settings.value-invalid]", run.Output, StringComparison.Ordinal);
        Assert.Contains("($.managementChain.separateTeammate):", run.Output, StringComparison.Ordinal);
        Assert.Contains("4 problems found:", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_MissingChartFile_SaysSo()
    {
        using var folder = new TempFolder();

        var run = await Cli.RunAsync("validate", folder.Write("people.csv", People), "--org-chart", folder.File("nowhere.csv"));

        Assert.Equal(ExitCodes.InvalidInput, run.ExitCode);
        Assert.Contains("nowhere.csv: The file does not exist. [file.not-found]", run.Output, StringComparison.Ordinal);
    }
}
