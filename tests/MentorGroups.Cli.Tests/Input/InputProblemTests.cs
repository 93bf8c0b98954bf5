using System.Reflection;
using MentorGroups.Cli.Input;

namespace MentorGroups.Cli.Tests.Input;

public class InputProblemTests
{
    [Fact]
    public void ToString_Problem_IsFileLineColumnFieldMessageCode() =>
        Assert.Equal("p.csv:3:4 (capacity): Bad. [csv.value-invalid]", new InputProblem("p.csv", 3, 4, "capacity", InputCodes.BadValue, "Bad.").ToString());

    [Fact]
    public void InputCodes_EveryCode_IsDocumentedInTheFileFormats()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "MentorGroups.Core.sln")))
        {
            folder = folder.Parent;
        }

        Assert.NotNull(folder);
        var docs = File.ReadAllText(Path.Combine(folder.FullName, "docs", "file-formats.md"));
        var codes = typeof(InputCodes).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (string)f.GetRawConstantValue()!).ToArray();

        Assert.All(codes, code => Assert.Contains($"| `{code}` |", docs, StringComparison.Ordinal));
    }
}
