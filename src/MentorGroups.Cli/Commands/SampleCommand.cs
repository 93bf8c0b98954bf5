using System.CommandLine;
using MentorGroups.Cli.Input;
using MentorGroups.Cli.Output;
using MentorGroups.Cli.Samples;

namespace MentorGroups.Cli.Commands;

/// <summary><c>sample</c>: writes the embedded sample files, as a template to fill in.</summary>
internal static class SampleCommand
{
    public static Command Create(CliContext context)
    {
        var directory = new Option<DirectoryInfo>("--out-dir")
        {
            Description = "The folder to write participants.csv and programme.json to. Default: the current folder.",
            DefaultValueFactory = _ => new DirectoryInfo("."),
        };
        var force = new Option<bool>("--force") { Description = "Replace files that already exist." };
        var command = new Command("sample", "Write the embedded sample programme (participants.csv, programme.json) as a template.");
        command.Add(directory);
        command.Add(force);
        command.SetAction((parse, token) => CommandRunner.RunAsync(context, async ct =>
        {
            var folder = parse.GetRequiredValue(directory);
            if (File.Exists(folder.FullName))
            {
                throw new InputException(new InputProblem("command line", null, null, "--out-dir", InputCodes.BadValue, $"'{folder.Name}' is a file; give a folder."));
            }

            var files = new[] { (SampleFiles.ParticipantsFileName, SampleFiles.Participants), (SampleFiles.SettingsFileName, SampleFiles.Settings) };
            var existing = files.Where(f => File.Exists(Path.Combine(folder.FullName, f.Item1))).Select(f => f.Item1).ToArray();
            if (existing.Length > 0 && !parse.GetValue(force))
            {
                throw new InputException(existing.Select(name => new InputProblem(name, null, null, null, "file.exists",
                    "The file already exists; use --force to replace it, or --out-dir to write elsewhere.")).ToArray());
            }

            // A new folder is what "write the template to my-programme" means; it is made only once the files are ready.
            folder.Create();
            using (var output = new OutputFiles())
            {
                foreach (var (name, content) in files)
                {
                    await output.StageAsync(Path.Combine(folder.FullName, name), content, false, ct).ConfigureAwait(false);
                }

                output.Commit(ct);
            }

            var given = parse.GetResult(directory) is { Implicit: false } ? parse.GetValue(directory)!.ToString() : null;
            string Shown(string name) => given is null ? name : Path.Combine(given, name);
            foreach (var (name, _) in files)
            {
                context.Output.WriteLine($"Wrote {Shown(name)}.");
            }

            context.Output.WriteLine($"Try: mentorgroups match {Quote(Shown(SampleFiles.ParticipantsFileName))} --settings {Quote(Shown(SampleFiles.SettingsFileName))} --report groups.html");
            return ExitCodes.Success;
        }, token));
        return command;
    }

    private static string Quote(string path) => path.Contains(' ', StringComparison.Ordinal) ? $"\"{path}\"" : path;
}
