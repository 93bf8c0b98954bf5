using System.Reflection;

namespace MentorGroups.Cli.Samples;

/// <summary>
/// The sample programme embedded in the tool: a fictional company's graduate programme of a few hundred people
/// (made-up names and ids), generated once with a seeded generator (see the test project's SampleProgrammeGenerator).
/// </summary>
internal static class SampleFiles
{
    public const string ParticipantsFileName = "participants.csv";
    public const string SettingsFileName = "programme.json";

    /// <summary>The participants CSV.</summary>
    public static string Participants => Read(ParticipantsFileName);

    /// <summary>The programme settings JSON.</summary>
    public static string Settings => Read(SettingsFileName);

    private static string Read(string name)
    {
        using var stream = typeof(SampleFiles).Assembly.GetManifestResourceStream("MentorGroups.Cli.Samples." + name)
            ?? throw new InvalidOperationException($"The embedded sample '{name}' is missing from the tool; the build is broken.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
