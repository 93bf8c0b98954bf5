using System.Text.Json;
using System.Text.Json.Nodes;
using MentorGroups.Cli.Samples;

namespace MentorGroups.Cli.Tests.Samples;

/// <summary>
/// What a new coordinator gets from the sample without choosing a strategy: groups that meet the size policy, can meet
/// at one time, and include everyone who can be included, with explanations that agree with the groups. The sample has
/// 56 mentors and 244 mentees, 5 of whom share no language with any mentor.
/// </summary>
public sealed class SampleGroupQualityTests
{
    [Fact]
    public async Task Match_SampleWithDefaults_FormsGroupsThatMeetCanMeetAndPlaceEveryoneWhoFits()
    {
        using var folder = new TempFolder();

        var run = await Cli.RunAsync("match", "--sample", "--json", folder.File("r.json"), "--quiet");

        Assert.True(run.ExitCode == ExitCodes.Success, run.ToString());
        var result = Read(folder.File("r.json"));
        Assert.Equal("group-formation", (string?)result["strategy"]);
        var groups = Groups(result);
        Assert.True(groups.Count(g => g.HasCommonSlot) >= 0.98 * groups.Count, $"{groups.Count(g => g.HasCommonSlot)} of {groups.Count} groups have a common slot");
        Assert.True(groups.Count(g => g.Mentees < 5) <= 2, $"{groups.Count(g => g.Mentees < 5)} groups below the recommended 5");
        Assert.Equal(239, (int)result["totals"]!["placed"]!);
        Assert.True((int)result["totals"]!["unassignedMentors"]! <= 1, result["unassignedMentors"]!.ToJsonString());
        AssertExplanationsAgree(result);
    }

    [Fact]
    public async Task Match_SampleWithAHardMinimumOfFive_PlacesAlmostEveryoneAndFormsNoSmallGroup()
    {
        using var folder = new TempFolder();
        var settings = JsonNode.Parse(SampleFiles.Settings)!;
        settings["limits"] = JsonNode.Parse("""{ "minMentees": { "value": 5, "kind": "hard" } }""");
        var participants = folder.Write("participants.csv", SampleFiles.Participants);
        var programme = folder.Write("programme.json", settings.ToJsonString());

        var run = await Cli.RunAsync("match", participants, "--settings", programme, "--json", folder.File("r.json"), "--quiet");

        Assert.True(run.ExitCode == ExitCodes.Success, run.ToString());
        var result = Read(folder.File("r.json"));
        Assert.True((int)result["totals"]!["placed"]! >= 234, result["totals"]!.ToJsonString());
        Assert.All(Groups(result), g => Assert.True(g.Mentees >= 5, $"{g.Id} has {g.Mentees} mentees"));
        AssertExplanationsAgree(result);
    }

    /// <summary>
    /// Nobody is told they were left out although a group had room, and no idle mentor is told their mentees fit better
    /// elsewhere while a mentee who could have joined them is unplaced for the group being too small.
    /// </summary>
    private static void AssertExplanationsAgree(JsonNode result)
    {
        var unmatched = result["unmatched"]!.AsArray();
        Assert.DoesNotContain(unmatched, u => (string?)u!["reason"] == "NotChosen");
        var belowMinimum = unmatched.Where(u => (string?)u!["reason"] == "GroupBelowMinimum").ToArray();
        foreach (var mentor in result["unassignedMentors"]!.AsArray())
        {
            var explanation = (string)mentor!["explanation"]!;
            Assert.False(belowMinimum.Length > 0 && explanation.Contains("fit better elsewhere", StringComparison.Ordinal), explanation);
        }
    }

    private static JsonNode Read(string path) => JsonNode.Parse(File.ReadAllText(path))!;

    private static List<(string Id, int Mentees, bool HasCommonSlot)> Groups(JsonNode result) =>
    [
        .. result["groups"]!.AsArray().Select(g =>
        {
            var members = g!["members"]!.AsArray();
            var slot = g["commonSlot"];
            var withAvailability = members.Count - (slot?["membersWithoutAvailability"]?.AsArray().Count ?? 0);
            var hasSlot = slot is not null && slot["utc"] is not null && (int)slot["membersCovered"]! == withAvailability;
            return ((string)g["id"]!, members.Count(m => (string?)m!["role"] == "mentee"), hasSlot);
        }),
    ];
}
