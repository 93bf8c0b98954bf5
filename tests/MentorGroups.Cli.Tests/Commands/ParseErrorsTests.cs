namespace MentorGroups.Cli.Tests.Commands;

public class ParseErrorsTests
{
    [Theory]
    [InlineData(new[] { "match", "--sample", "--seed", "abc" }, "error: 'abc' is not a whole number; --seed takes a whole number.")]
    [InlineData(new[] { "match", "--sample", "--meeting-minutes", "x" }, "error: 'x' is not a whole number; --meeting-minutes takes a whole number.")]
    [InlineData(new[] { "validate", "--sampel" }, "error: Unknown option '--sampel'; did you mean '--sample'?")]
    [InlineData(new[] { "match", "--sampel", "people.csv" }, "error: Unknown option '--sampel'; did you mean '--sample'?")]
    [InlineData(new[] { "explain", "--reslt", "r.json", "T1" }, "error: Unknown option '--reslt'; did you mean '--result'?")]
    [InlineData(new[] { "matsh" }, "error: 'matsh' is not a command; did you mean 'match'?")]
    [InlineData(new[] { "validate", "a.csv", "b.csv" }, "error: 'b.csv' is one argument too many for validate")]
    public async Task Run_BadCommandLine_ExitsTwoWithAPlainSentence(string[] args, string expected)
    {
        var run = await Cli.RunAsync(args);

        Assert.Equal(ExitCodes.InvalidInput, run.ExitCode);
        Assert.Contains(expected, run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("System.", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("does not exist", run.Error, StringComparison.Ordinal);
    }
}
