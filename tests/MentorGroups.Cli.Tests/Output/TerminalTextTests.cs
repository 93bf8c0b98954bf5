using MentorGroups.Cli.Output;

namespace MentorGroups.Cli.Tests.Output;

public class TerminalTextTests
{
    [Theory]
    [InlineData("Ada\u001b[2J", "Ada\\x1B[2J")]
    [InlineData("\u001b]0;title\u0007x", "\\x1B]0;title\\x07x")]
    [InlineData("a\0b", "a\\x00b")]
    [InlineData("c\u009bd", "c\\x9Bd")]
    [InlineData("Søren Æbelø", "Søren Æbelø")]
    [InlineData("two\nlines", "two\nlines")]
    public void Safe_ControlCharacters_AreShownAsEscapes(string text, string expected) => Assert.Equal(expected, TerminalText.Safe(text));

    [Fact]
    public void Escape_MarkupBrackets_AreEscapedToo() => Assert.Equal("[[b]]\\x1B", TerminalText.Escape("[b]\u001b"));

    [Fact]
    public void TerminalWriter_Lines_CarryNoControlCharacter()
    {
        using var inner = new StringWriter();
        using var writer = new TerminalWriter(inner);

        writer.WriteLine("x\u001b[31m");
        writer.Write('\u0007');

        Assert.Equal("x\\x1B[31m" + Environment.NewLine + "\\x07", inner.ToString());
    }

    [Fact]
    public async Task Match_ProgrammeNameWithEscapeSequence_IsPrintedEscaped()
    {
        using var folder = new TempFolder();
        var input = folder.Write("people.csv", Inputs.Small);
        var settings = folder.Write("s.json", """{ "version": 1, "programme": { "name": "\u001b]0;pwned\u0007\u001b[2JSpring" } }""");

        var run = await Cli.RunAsync("match", input, "--settings", settings);

        Assert.True(run.ExitCode == ExitCodes.Success, run.ToString());
        Assert.DoesNotContain('\u001b', run.Output);
        Assert.DoesNotContain('\u0007', run.Output);
        Assert.Contains("\\x1B[2JSpring", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Explain_ResultFileWithEscapeInAName_IsPrintedEscaped()
    {
        using var folder = new TempFolder();
        var input = folder.Write("people.csv", Inputs.Small);
        var json = folder.File("r.json");
        Assert.Equal(ExitCodes.Success, (await Cli.RunAsync("match", input, "--json", json, "--quiet")).ExitCode);
        File.WriteAllText(json, File.ReadAllText(json).Replace("Tia Mentee", "Tia\\u001b[2J\\u0000Mentee", StringComparison.Ordinal));

        var run = await Cli.RunAsync("explain", "T1", "--result", json);

        Assert.True(run.ExitCode == ExitCodes.Success, run.ToString());
        Assert.DoesNotContain('\u001b', run.Output);
        Assert.DoesNotContain('\0', run.Output);
        Assert.Contains("Tia\\x1B[2J\\x00Mentee", run.Output, StringComparison.Ordinal);
    }
}
