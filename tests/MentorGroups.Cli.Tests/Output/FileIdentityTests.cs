using MentorGroups.Cli.Output;

namespace MentorGroups.Cli.Tests.Output;

public class FileIdentityTests
{
    [Fact]
    public void Of_SymbolicLink_IsTheTargetsIdentity()
    {
        using var folder = new TempFolder();
        var file = folder.Write("people.csv", "id,role\n");
        var link = folder.File("link.csv");
        File.CreateSymbolicLink(link, file);

        Assert.Equal(FileIdentity.Of(file), FileIdentity.Of(link));
    }

    [Fact]
    public void Of_HardLink_IsTheSameFile()
    {
        Assert.SkipUnless(OperatingSystem.IsLinux() || OperatingSystem.IsMacOS(), "ln makes hard links on Unix only");
        using var folder = new TempFolder();
        var file = folder.Write("people.csv", "id,role\n");
        var link = folder.File("hard.csv");
        using (var ln = System.Diagnostics.Process.Start("ln", [file, link]))
        {
            ln.WaitForExit();
            Assert.Equal(0, ln.ExitCode);
        }

        Assert.Equal(FileIdentity.Of(file), FileIdentity.Of(link));
    }

    [Fact]
    public void Of_FileNotYetWrittenThroughALinkedFolder_IsTheSameAsThroughTheFolder()
    {
        using var folder = new TempFolder();
        Directory.CreateDirectory(folder.File("real"));
        Directory.CreateSymbolicLink(folder.File("alias"), folder.File("real"));

        Assert.Equal(FileIdentity.Of(folder.File("real/out.csv")), FileIdentity.Of(folder.File("alias/../real/../alias/out.csv")));
    }

    [Fact]
    public void Of_TwoFiles_Differ()
    {
        using var folder = new TempFolder();
        var a = folder.Write("a.csv", "x");
        var b = folder.Write("b.csv", "x");

        Assert.NotEqual(FileIdentity.Of(a), FileIdentity.Of(b));
        Assert.NotEqual(FileIdentity.Of(folder.File("c.csv")), FileIdentity.Of(folder.File("d.csv")));
    }
}
