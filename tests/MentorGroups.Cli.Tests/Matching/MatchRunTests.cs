using MentorGroups.Cli.Input;
using MentorGroups.Cli.Matching;
using MentorGroups.Cli.Samples;
using MentorGroups.Cli.Scheduling;
using MentorGroups.Strategies;

namespace MentorGroups.Cli.Tests.Matching;

public class MatchRunTests
{
    private sealed class RecordingPhases : IMatchPhases
    {
        public List<(string Phase, bool Fraction)> Started { get; } = [];

        public List<(string Phase, double Fraction)> Reports { get; } = [];

        public int DoneCount { get; private set; }

        public void Start(string phase, bool reportsFraction) => Started.Add((phase, reportsFraction));

        public void Report(double fraction)
        {
            lock (Reports)
            {
                Reports.Add((Started[^1].Phase, fraction));
            }
        }

        public void Done() => DoneCount++;
    }

    private static async Task<RecordingPhases> Run(string strategy)
    {
        var token = TestContext.Current.CancellationToken;
        var table = ParticipantCsvReader.ReadText("sample", SampleFiles.Participants, token);
        var settings = ProgrammeSettings.ReadText("programme.json", SampleFiles.Settings, MatchingStrategyCatalog.CreateDefault()) with { Strategy = strategy };
        var phases = new RecordingPhases();
        await MatchRun.RunAsync(table, settings, MatchingStrategyCatalog.CreateDefault(), new LibrarySlotFinder(), SlotSearch.Default, token, phases);
        return phases;
    }

    [Fact]
    public async Task RunAsync_Greedy_ShowsASpinnerForMatchingAndAPercentageForSlots()
    {
        var phases = await Run("greedy");

        Assert.Equal(3, phases.Started.Count);
        Assert.StartsWith("Matching 244 mentees (greedy)", phases.Started[1].Phase, StringComparison.Ordinal);
        Assert.False(phases.Started[1].Fraction);
        Assert.True(phases.Started[2].Fraction);
        var slots = phases.Reports.Where(r => r.Phase == phases.Started[2].Phase).Select(r => r.Fraction).ToArray();
        Assert.True(slots.Length > 10);
        Assert.Equal(slots.Order(), slots);
        Assert.Equal(1, phases.DoneCount);
    }

    [Fact]
    public async Task RunAsync_GroupOptimising_ShowsCompilingAndTheSearchWithTheirShares()
    {
        var phases = await Run("group-optimising");

        const string Subject = "Matching 244 mentees (group-optimising): ";
        var stages = phases.Started.Where(p => p.Phase.StartsWith(Subject, StringComparison.Ordinal)).ToArray();
        Assert.Equal(
            [(Subject + "scoring who fits whom", true), (Subject + "forming the starting groups", false), (Subject + "improving the groups", true)],
            stages);
        lock (phases.Reports)
        {
            var compiling = phases.Reports.Where(r => r.Phase == Subject + "scoring who fits whom").Select(r => r.Fraction).ToArray();
            Assert.Equal(compiling.Order(), compiling);
            Assert.Equal(1, compiling[^1]);
            Assert.Contains(phases.Reports, r => r.Phase == Subject + "improving the groups" && r.Fraction is > 0 and <= 1);
        }
    }

    [Fact]
    public async Task RunAsync_GroupFormation_ShowsEachStageAsAPhase_WithAShareForTheStagesThatCountSteps()
    {
        var phases = await Run("group-formation");

        const string Subject = "Matching 244 mentees (group-formation): ";
        var stages = phases.Started.Where(p => p.Phase.StartsWith(Subject, StringComparison.Ordinal)).ToArray();
        Assert.Contains((Subject + "placing mentees", true), stages);
        Assert.Contains((Subject + "scoring who fits whom", true), stages);
        Assert.Contains((Subject + "explaining the groups", false), stages);
        Assert.All(stages.Zip(stages.Skip(1)), pair => Assert.NotEqual(pair.First.Phase, pair.Second.Phase));
        lock (phases.Reports)
        {
            Assert.All(phases.Reports, r => Assert.InRange(r.Fraction, 0, 1));
            Assert.Contains(phases.Reports, r => r.Phase == Subject + "scoring who fits whom");
        }

        Assert.StartsWith("Finding meeting slots", phases.Started[^1].Phase, StringComparison.Ordinal);
    }
}
