using MentorGroups.Cli.Input;
using MentorGroups.Cli.Samples;
using MentorGroups.Strategies;

namespace MentorGroups.Cli.Tests.Samples;

public class SampleFilesTests
{
    /// <summary>Set to 1 to rewrite the embedded sample from the generator (then rebuild and commit).</summary>
    private const string UpdateVariable = "MENTORGROUPS_UPDATE_SAMPLE";

    [Fact]
    public void Participants_AreTheSeededGeneratorOutput()
    {
        var expected = SampleProgrammeGenerator.GenerateParticipantsCsv();
        UpdateIfAsked(SampleFiles.ParticipantsFileName, expected);
        Assert.Equal(expected, SampleFiles.Participants);
    }

    [Fact]
    public void Settings_AreTheGeneratorOutput()
    {
        UpdateIfAsked(SampleFiles.SettingsFileName, SampleProgrammeGenerator.SettingsJson);
        Assert.Equal(SampleProgrammeGenerator.SettingsJson, SampleFiles.Settings);
    }

    [Fact]
    public void Participants_AreAFewHundredValidPeopleWithMentorsAndMentees()
    {
        var table = ParticipantCsvReader.ReadText("sample", SampleFiles.Participants, TestContext.Current.CancellationToken);
        Assert.InRange(table.Rows.Count, 200, 500);
        Assert.InRange(table.MentorCount, 40, 80);
        Assert.All(table.Rows, r => Assert.Matches("^E[0-9]{4}$", r.Enrolment.Id.Value));
        Assert.Contains(table.Rows, r => r.Enrolment.Role == Enrolments.ProgrammeRole.CoMentor);
    }

    [Fact]
    public void Generator_SameSeed_SameOutput_OtherSeed_OtherOutput()
    {
        Assert.Equal(SampleProgrammeGenerator.GenerateParticipantsCsv(7), SampleProgrammeGenerator.GenerateParticipantsCsv(7));
        Assert.NotEqual(SampleProgrammeGenerator.GenerateParticipantsCsv(7), SampleProgrammeGenerator.GenerateParticipantsCsv(8));
    }

    [Fact]
    public void Settings_ResolveToTheRecommendedStrategyWithCommonLanguage()
    {
        var settings = ProgrammeSettings.ReadText("programme.json", SampleFiles.Settings, MatchingStrategyCatalog.CreateDefault());
        Assert.Equal(MatchingStrategyCatalog.RecommendedStrategy, settings.Strategy);
        Assert.True(settings.RequireCommonLanguage);
        Assert.Equal(2025, settings.Seed);
    }

    private static void UpdateIfAsked(string name, string content)
    {
        if (Environment.GetEnvironmentVariable(UpdateVariable) != "1")
        {
            return;
        }

        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "MentorGroups.Core.sln")))
        {
            directory = directory.Parent;
        }

        Assert.NotNull(directory);
        File.WriteAllText(Path.Combine(directory.FullName, "src", "MentorGroups.Cli", "Samples", name), content);
    }
}
