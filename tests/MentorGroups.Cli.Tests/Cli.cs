using System.Text;

namespace MentorGroups.Cli.Tests;

/// <summary>Runs the tool in-process and captures what it prints.</summary>
internal static class Cli
{
    public static async Task<CliRun> RunAsync(params string[] args) => await RunAsync(CliServices.CreateDefault(), TestContext.Current.CancellationToken, args);

    public static async Task<CliRun> RunAsync(CliServices services, CancellationToken cancellationToken, params string[] args)
    {
        var output = new StringWriter(new StringBuilder(), System.Globalization.CultureInfo.InvariantCulture);
        var error = new StringWriter(new StringBuilder(), System.Globalization.CultureInfo.InvariantCulture);
        var exit = await CliApp.RunAsync(args, new CliContext(output, error, interactive: false), services, cancellationToken);
        return new CliRun(exit, output.ToString(), error.ToString());
    }
}

internal sealed record CliRun(int ExitCode, string Output, string Error)
{
    public override string ToString() => $"exit {ExitCode}\n--- out ---\n{Output}\n--- err ---\n{Error}";
}

/// <summary>A fresh folder, deleted afterwards.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "mentorgroups-cli-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public string Write(string name, string content)
    {
        var path = File(name);
        System.IO.File.WriteAllText(path, content);
        return path;
    }

    /// <summary>Every file in the folder, hidden temporary files included.</summary>
    public string[] Files() => Directory.GetFiles(Path).Select(System.IO.Path.GetFileName).Order(StringComparer.Ordinal).ToArray()!;

    public void Dispose() => Directory.Delete(Path, recursive: true);
}

/// <summary>Small inputs shared by the tests.</summary>
internal static class Inputs
{
    public const string Header = "id,display_name,role,capacity,goals,expertise,languages,org_unit,manager_id,seniority,time_zone,availability,team";

    /// <summary>Two mentors and three mentees; one mentee speaks only German, and one mentor's name looks like a formula.</summary>
    public const string Small = Header + "\n"
        + "M1,Ada Mentor,mentor,2,,negotiation;leadership,en,Sales,,6,Europe/Copenhagen,Mon 09:00-12:00,north\n"
        + "M2,=cmd|' /C calc'!A0,mentor,1,,finance,en,Finance,,5,Europe/London,Mon 08:00-11:00,south\n"
        + "T1,Tia Mentee,mentee,,negotiation,,en,Finance,,1,Europe/Copenhagen,Mon 10:00-12:00,north\n"
        + "T2,Tom Mentee,mentee,,finance,,en,Sales,,0,Europe/London,Mon 09:00-10:00,south\n"
        + "T3,Uma Mentee,mentee,,leadership,,de,Legal,,1,Europe/Berlin,Mon 09:00-12:00,north\n";

    public const string CommonLanguageSettings = """
        {
          "version": 1,
          "programme": { "name": "Test programme" },
          "requireCommonLanguage": true
        }
        """;
}
