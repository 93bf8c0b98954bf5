namespace MentorGroups.Cli.Tests.Commands;

public class ScheduleCommandTests
{
    [Fact]
    public async Task Schedule_ResultAndParticipants_ListsCommonWindowsAndLocalTimes()
    {
        using var folder = new TempFolder();
        var input = folder.Write("people.csv", Inputs.Small);
        Assert.Equal(ExitCodes.Success, (await Cli.RunAsync("match", input, "--json", folder.File("groups.json"), "--quiet")).ExitCode);

        var run = await Cli.RunAsync("schedule", "--result", folder.File("groups.json"), input);

        Assert.True(run.ExitCode == ExitCodes.Success, run.ToString());
        Assert.Contains("Mon 09:00-11:00", run.Output, StringComparison.Ordinal);
        Assert.Contains("Mon 10:00-11:00 Europe/Copenhagen", run.Output, StringComparison.Ordinal);
        Assert.Matches("[0-9]+ of [0-9]+ groups have a common slot.", run.Output);
    }

    [Fact]
    public async Task Schedule_SummerWeek_UsesSummerOffsets()
    {
        using var folder = new TempFolder();
        var input = folder.Write("people.csv", Inputs.Small);
        Assert.Equal(ExitCodes.Success, (await Cli.RunAsync("match", input, "--json", folder.File("groups.json"), "--quiet")).ExitCode);

        var run = await Cli.RunAsync("schedule", "--result", folder.File("groups.json"), input, "--week", "2025-07-09");

        Assert.True(run.ExitCode == ExitCodes.Success, run.ToString());
        Assert.Contains("week of 2025-07-07", run.Output, StringComparison.Ordinal);
        Assert.Contains("Mon 08:00-10:00", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Schedule_ParticipantsFileWithoutTheResultsPeople_ExitsTwo()
    {
        using var folder = new TempFolder();
        Assert.Equal(ExitCodes.Success, (await Cli.RunAsync("match", "--sample", "--json", folder.File("groups.json"), "--quiet")).ExitCode);
        var input = folder.Write("people.csv", Inputs.Small);

        var run = await Cli.RunAsync("schedule", "--result", folder.File("groups.json"), input);

        Assert.Equal(ExitCodes.InvalidInput, run.ExitCode);
        Assert.Contains("is in the result but not in the participants file", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Schedule_BadMeetingLength_ExitsTwo()
    {
        var run = await Cli.RunAsync("schedule", "--result", "groups.json", "--sample", "--meeting-minutes", "5");

        Assert.Equal(ExitCodes.InvalidInput, run.ExitCode);
        Assert.Contains("A meeting lasts 15 to 480 minutes; got 5.", run.Error, StringComparison.Ordinal);
    }
}
