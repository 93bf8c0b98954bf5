using MentorGroups.Cli.Samples;

namespace MentorGroups.Cli.Tests.Commands;

public class SampleCommandTests
{
    [Fact]
    public async Task Sample_WritesTheEmbeddedFiles_WhichMatchRuns()
    {
        using var folder = new TempFolder();

        var run = await Cli.RunAsync("sample", "--out-dir", folder.Path);

        Assert.True(run.ExitCode == ExitCodes.Success, run.ToString());
        Assert.Equal(["participants.csv", "programme.json"], folder.Files());
        Assert.Equal(SampleFiles.Participants, File.ReadAllText(folder.File("participants.csv")));
        Assert.Equal(SampleFiles.Settings, File.ReadAllText(folder.File("programme.json")));

        var match = await Cli.RunAsync("match", folder.File("participants.csv"), "--settings", folder.File("programme.json"), "--quiet");
        Assert.Equal(ExitCodes.Success, match.ExitCode);
    }

    [Fact]
    public async Task Sample_ExistingFiles_AreKeptUnlessForced()
    {
        using var folder = new TempFolder();
        folder.Write("participants.csv", "mine");

        var refused = await Cli.RunAsync("sample", "--out-dir", folder.Path);

        Assert.Equal(ExitCodes.InvalidInput, refused.ExitCode);
        Assert.Equal("mine", File.ReadAllText(folder.File("participants.csv")));
        Assert.Equal(["participants.csv"], folder.Files());

        var forced = await Cli.RunAsync("sample", "--out-dir", folder.Path, "--force");

        Assert.Equal(ExitCodes.Success, forced.ExitCode);
        Assert.Equal(SampleFiles.Participants, File.ReadAllText(folder.File("participants.csv")));
    }

    [Fact]
    public async Task Sample_OutDirThatDoesNotExist_IsCreatedAndTheHintNamesIt()
    {
        using var folder = new TempFolder();
        var target = Path.Combine(folder.Path, "my programme", "2025");

        var run = await Cli.RunAsync("sample", "--out-dir", target);

        Assert.True(run.ExitCode == ExitCodes.Success, run.ToString());
        Assert.True(File.Exists(Path.Combine(target, "participants.csv")));
        Assert.Contains($"Wrote {Path.Combine(target, "programme.json")}.", run.Output, StringComparison.Ordinal);
        Assert.Contains($"Try: mentorgroups match \"{Path.Combine(target, "participants.csv")}\" --settings \"{Path.Combine(target, "programme.json")}\"", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sample_OutDirIsAFile_IsRefused()
    {
        using var folder = new TempFolder();
        var file = folder.Write("x", "mine");

        var run = await Cli.RunAsync("sample", "--out-dir", file);

        Assert.Equal(ExitCodes.InvalidInput, run.ExitCode);
        Assert.Equal("mine", File.ReadAllText(file));
    }
}
