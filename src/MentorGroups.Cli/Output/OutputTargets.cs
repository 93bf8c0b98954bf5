using MentorGroups.Cli.Input;

namespace MentorGroups.Cli.Output;

/// <summary>
/// Checks, before any work, that the output files can be written without harm: each folder exists, no output is the
/// same file as an input or as another output (compared by file identity, so links and other spellings count), and
/// no existing output is read-only.
/// </summary>
internal static class OutputTargets
{
    /// <param name="outputs">The output files, each with the option that named it.</param>
    /// <param name="inputs">The files read, each with the option or argument that named it.</param>
    /// <exception cref="InputException">Every problem found.</exception>
    public static void Check(IEnumerable<(string Option, string Path)> outputs, IEnumerable<(string Option, string Path)> inputs)
    {
        var problems = new List<InputProblem>();
        var read = inputs.Where(i => File.Exists(i.Path)).Select(i => (i.Option, Identity: FileIdentity.Of(i.Path))).ToArray();
        var written = new Dictionary<FileIdentity, string>();
        foreach (var (option, path) in outputs)
        {
            var name = Path.GetFileName(path);
            void Add(string code, string message) => problems.Add(new InputProblem("command line", null, null, option, code, message));
            var folder = Path.GetDirectoryName(Path.GetFullPath(path));
            if (Directory.Exists(path))
            {
                Add(InputCodes.BadValue, $"'{name}' is a folder; give a file name for {option}.");
                continue;
            }

            if (folder is not null && !Directory.Exists(folder))
            {
                Add(InputCodes.FileNotFound, $"The folder for output file '{name}' does not exist.");
                continue;
            }

            var identity = FileIdentity.Of(path);
            if (read.FirstOrDefault(i => i.Identity == identity) is { Option: { } input })
            {
                Add(InputCodes.OutputIsInput, $"'{name}' is the same file as the input given by {input}; writing it would destroy the input. Choose another name.");
            }

            if (!written.TryAdd(identity, option))
            {
                Add(InputCodes.OutputIsInput, $"'{name}' is the same file as the output of {written[identity]}; give each output its own file.");
            }

            if (File.Exists(path) && new FileInfo(path).IsReadOnly)
            {
                Add(InputCodes.OutputReadOnly, $"'{name}' is read-only; the tool does not replace it. Make it writable, or choose another name.");
            }
        }

        if (problems.Count > 0)
        {
            throw new InputException(problems);
        }
    }
}
