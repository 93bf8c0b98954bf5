namespace MentorGroups.Cli.Tests.Output;

public class OutputTargetsTests
{
    [Fact]
    public async Task Match_CsvOutputIsTheInput_ExitsTwoAndLeavesTheInput()
    {
        using var folder = new TempFolder();
        var input = folder.Write("people.csv", Inputs.Small);

        var run = await Cli.RunAsync("match", input, "--csv", input, "--quiet");

        Assert.Equal(ExitCodes.InvalidInput, run.ExitCode);
        Assert.Contains("'people.csv' is the same file as the input given by the participants argument", run.Error, StringComparison.Ordinal);
        Assert.Contains("[output.same-file]", run.Error, StringComparison.Ordinal);
        Assert.Equal(Inputs.Small, File.ReadAllText(input));
        Assert.Equal(["people.csv"], folder.Files());
    }

    [Fact]
    public async Task Match_JsonOutputIsTheSettings_ExitsTwoAndLeavesTheSettings()
    {
        using var folder = new TempFolder();
        var input = folder.Write("people.csv", Inputs.Small);
        var settings = folder.Write("s.json", Inputs.CommonLanguageSettings);

        var run = await Cli.RunAsync("match", input, "--settings", settings, "--json", settings, "--quiet");

        Assert.Equal(ExitCodes.InvalidInput, run.ExitCode);
        Assert.Contains("the input given by --settings", run.Error, StringComparison.Ordinal);
        Assert.Equal(Inputs.CommonLanguageSettings, File.ReadAllText(settings));
    }

    [Fact]
    public async Task Match_OutputThroughASymbolicLinkToTheInput_IsRefused()
    {
        using var folder = new TempFolder();
        var input = folder.Write("people.csv", Inputs.Small);
        File.CreateSymbolicLink(folder.File("link.csv"), input);

        var run = await Cli.RunAsync("match", input, "--csv", folder.File("link.csv"), "--quiet");

        Assert.Equal(ExitCodes.InvalidInput, run.ExitCode);
        Assert.Equal(Inputs.Small, File.ReadAllText(input));
    }

    [Fact]
    public async Task Match_OutputThatIsAHardLinkOfTheInput_IsRefused()
    {
        Assert.SkipUnless(OperatingSystem.IsLinux() || OperatingSystem.IsMacOS(), "ln makes hard links on Unix only");
        using var folder = new TempFolder();
        var input = folder.Write("people.csv", Inputs.Small);
        using (var ln = System.Diagnostics.Process.Start("ln", [input, folder.File("hard.csv")]))
        {
            ln.WaitForExit();
        }

        var run = await Cli.RunAsync("match", input, "--report", folder.File("hard.csv"), "--quiet");

        Assert.Equal(ExitCodes.InvalidInput, run.ExitCode);
        Assert.Equal(Inputs.Small, File.ReadAllText(input));
    }

    [Fact]
    public async Task Match_TwoOutputsToOneFileSpeltDifferently_AreRefused()
    {
        using var folder = new TempFolder();
        var input = folder.Write("people.csv", Inputs.Small);
        Directory.CreateDirectory(folder.File("out"));

        var run = await Cli.RunAsync("match", input, "--json", folder.File("out/r.json"), "--report", folder.File("out/../out/r.json"), "--quiet");

        Assert.Equal(ExitCodes.InvalidInput, run.ExitCode);
        Assert.Contains("'r.json' is the same file as the output of --json", run.Error, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(folder.File("out")));
    }

    [Fact]
    public async Task Match_ReadOnlyTarget_IsRefusedAndKept()
    {
        using var folder = new TempFolder();
        var input = folder.Write("people.csv", Inputs.Small);
        var target = folder.Write("groups.csv", "earlier result");
        var other = folder.File("groups.json");
        File.SetAttributes(target, FileAttributes.ReadOnly);

        var run = await Cli.RunAsync("match", input, "--csv", target, "--json", other, "--quiet");

        File.SetAttributes(target, FileAttributes.Normal);
        Assert.Equal(ExitCodes.InvalidInput, run.ExitCode);
        Assert.Contains("'groups.csv' is read-only", run.Error, StringComparison.Ordinal);
        Assert.Equal("earlier result", File.ReadAllText(target));
        Assert.False(File.Exists(other), "nothing is written when one target is refused");
    }

    [Fact]
    public async Task Match_OutputIsAFolder_IsRefused()
    {
        using var folder = new TempFolder();
        var input = folder.Write("people.csv", Inputs.Small);

        var run = await Cli.RunAsync("match", input, "--csv", folder.Path, "--quiet");

        Assert.Equal(ExitCodes.InvalidInput, run.ExitCode);
        Assert.Contains("is a folder", run.Error, StringComparison.Ordinal);
    }
}
