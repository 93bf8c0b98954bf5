namespace MentorGroups.Tests.Support;

/// <summary>Reads files of the repository so that docs can be checked against the code they show.</summary>
internal static class RepositoryText
{
    /// <summary>The lines of a repository file, trimmed: a method body and a Markdown block indent differently.</summary>
    public static List<string> Lines(params string[] path) =>
        File.ReadAllText(Path.Combine([Root(), .. path])).ReplaceLineEndings("\n").Split('\n').Select(l => l.Trim()).ToList();

    /// <summary>The lines between two marker lines (exclusive).</summary>
    public static List<string> Between(List<string> lines, string begin, string end)
    {
        var first = lines.IndexOf(begin) + 1;
        return lines.GetRange(first, lines.IndexOf(end) - first);
    }

    /// <summary>Whether <paramref name="needle"/> appears as a run of consecutive lines in <paramref name="haystack"/>.</summary>
    public static bool ContainsRun(List<string> haystack, List<string> needle) =>
        Enumerable.Range(0, Math.Max(0, haystack.Count - needle.Count + 1)).Any(i => haystack.Skip(i).Take(needle.Count).SequenceEqual(needle));

    /// <summary>The repository root: the folder above the test binaries that holds the solution.</summary>
    public static string Root()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "MentorGroups.Core.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("The repository root (with MentorGroups.Core.sln) was not found above the test binaries.");
    }
}
