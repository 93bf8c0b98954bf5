using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using MentorGroups.Tests.Support;

namespace MentorGroups.Tests.Architecture;

/// <summary>
/// Keeps the shipped code readable in pieces: no file under <c>src/</c> longer than 450 lines and no method (or
/// constructor, accessor, local function, expression-bodied property) longer than 80. Each test names every offender
/// at once, with its length, so a split can be planned from one run.
/// </summary>
public sealed class SourceShapeTests
{
    private const int MaxFileLines = 450;
    private const int MaxMethodLines = 80;

    [Fact]
    public void SourceFiles_AreAtMost450Lines()
    {
        var offenders = SourceFiles()
            .Select(f => (File: f, Lines: File.ReadAllLines(f).Length))
            .Where(f => f.Lines > MaxFileLines)
            .Select(f => $"{Relative(f.File)}: {f.Lines} lines")
            .ToList();

        Assert.True(offenders.Count == 0, $"Files over {MaxFileLines} lines:\n" + string.Join('\n', offenders));
    }

    [Fact]
    public void Methods_AreAtMost80Lines()
    {
        var offenders = new List<string>();
        foreach (var file in SourceFiles())
        {
            var root = CSharpSyntaxTree.ParseText(File.ReadAllText(file), path: file, cancellationToken: TestContext.Current.CancellationToken).GetRoot(TestContext.Current.CancellationToken);
            foreach (var member in root.DescendantNodes().Where(IsMethodLike))
            {
                var span = member.GetLocation().GetLineSpan();
                var lines = span.EndLinePosition.Line - span.StartLinePosition.Line + 1;
                if (lines > MaxMethodLines)
                {
                    offenders.Add($"{Relative(file)}:{span.StartLinePosition.Line + 1} {Name(member)}: {lines} lines");
                }
            }
        }

        Assert.True(offenders.Count == 0, $"Methods over {MaxMethodLines} lines:\n" + string.Join('\n', offenders));
    }

    [Fact]
    public void Methods_LongOnesAreFound()
    {
        // The check itself must be able to fail: a method of 81 lines is reported, one of 80 is not.
        var body = string.Concat(Enumerable.Repeat("        x++;\n", 77));
        var text = $"class C\n{{\n    void Long(int x)\n    {{\n{body}        x++;\n    }}\n\n    void Short(int x)\n    {{\n{body}    }}\n}}\n";
        var root = CSharpSyntaxTree.ParseText(text, cancellationToken: TestContext.Current.CancellationToken).GetRoot(TestContext.Current.CancellationToken);
        var lengths = root.DescendantNodes().Where(IsMethodLike).Select(m =>
        {
            var span = m.GetLocation().GetLineSpan();
            return (Name: Name(m), Lines: span.EndLinePosition.Line - span.StartLinePosition.Line + 1);
        }).ToList();

        Assert.Equal([("Long", 81), ("Short", 80)], lengths);
    }

    private static bool IsMethodLike(SyntaxNode node) => node switch
    {
        BaseMethodDeclarationSyntax or LocalFunctionStatementSyntax or AccessorDeclarationSyntax => true,
        PropertyDeclarationSyntax property => property.ExpressionBody is not null,
        _ => false,
    };

    private static string Name(SyntaxNode node) => node switch
    {
        MethodDeclarationSyntax m => m.Identifier.Text,
        ConstructorDeclarationSyntax c => c.Identifier.Text + " (constructor)",
        LocalFunctionStatementSyntax l => l.Identifier.Text + " (local function)",
        AccessorDeclarationSyntax a => a.Keyword.Text + " accessor",
        PropertyDeclarationSyntax p => p.Identifier.Text,
        _ => node.Kind().ToString(),
    };

    private static IEnumerable<string> SourceFiles()
    {
        var src = Path.Combine(RepositoryText.Root(), "src");
        var separator = Path.DirectorySeparatorChar;
        return Directory.EnumerateFiles(src, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{separator}obj{separator}", StringComparison.Ordinal) && !f.Contains($"{separator}bin{separator}", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);
    }

    private static string Relative(string file) => Path.GetRelativePath(RepositoryText.Root(), file).Replace('\\', '/');
}
