using Ical.Net.CalendarComponents;
using MentorGroups.Cli.Output;

namespace MentorGroups.Cli.Tests.Output;

public class CalendarInvitesTests
{
    private static readonly DateTime PeriodStart = new(2025, 9, 1, 0, 0, 0, DateTimeKind.Unspecified);
    private static readonly DateTime PeriodEnd = new(2026, 6, 30, 23, 59, 59, DateTimeKind.Unspecified);

    [Fact]
    public async Task Match_SampleWithCalendar_WritesOneValidWeeklyInvitePerGroupWithASlot()
    {
        using var folder = new TempFolder();
        var cal = folder.File("cal");

        var run = await Cli.RunAsync("match", "--sample", "--calendar", cal, "--json", folder.File("r.json"), "--quiet");

        Assert.True(run.ExitCode == ExitCodes.Success, run.ToString());
        var document = ResultFile.Read(folder.File("r.json"));
        var withSlot = document.Groups.Where(g => g.CommonSlot?.Utc is not null).ToArray();
        var without = document.Groups.Where(g => g.CommonSlot?.Utc is null).Select(g => g.Id).ToArray();
        Assert.NotEmpty(withSlot);
        Assert.Equal(withSlot.Select(g => g.Id + ".ics").Order(StringComparer.Ordinal), Directory.GetFiles(cal).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Contains($"Wrote {withSlot.Length} calendar invite(s)", run.Output, StringComparison.Ordinal);
        Assert.Contains(string.Join(", ", without), run.Output, StringComparison.Ordinal);

        foreach (var group in withSlot)
        {
            var calendar = Ical.Net.Calendar.Load(File.ReadAllText(Path.Combine(cal, group.Id + ".ics")))!;
            var meeting = Assert.Single(calendar.Events);
            var lead = group.Members.First(m => m.Role == "mentor");
            var zone = TimeZoneInfo.FindSystemTimeZoneById(lead.LocalSlot!.Split(' ')[^1]);

            Assert.Equal(zone.Id, meeting.DtStart!.TzId);
            Assert.Contains(calendar.TimeZones, z => z.TzId == zone.Id);
            var rule = meeting.RecurrenceRule!;
            Assert.Equal(Ical.Net.FrequencyType.Weekly, rule.Frequency);
            Assert.Equal(1, rule.Interval);
            Assert.True(rule.Until!.AsUtc <= TimeZoneInfo.ConvertTimeToUtc(PeriodEnd, zone), group.Id);
            Assert.True(meeting.DtStart.Value >= PeriodStart && meeting.DtStart.Value < PeriodStart.AddDays(7), group.Id);
            Assert.Equal(60, (int)meeting.Duration!.Value.ToTimeSpanUnspecified().TotalMinutes);

            // The first meeting is the lead's local slot, and the meeting keeps that local time every week.
            Assert.StartsWith(meeting.DtStart.Value.ToString("ddd HH:mm", System.Globalization.CultureInfo.InvariantCulture), lead.LocalSlot, StringComparison.Ordinal);
            Assert.Equal(group.Members.Count, meeting.Attendees.Count);
            Assert.All(meeting.Attendees, a => Assert.EndsWith("@example.org", a.Value!.ToString(), StringComparison.Ordinal));
            Assert.Contains("Purpose: Help graduates settle", meeting.Description, StringComparison.Ordinal);
            Assert.Contains("Shared goal: From student to first full-time job", meeting.Description, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Match_CalendarWithoutAProgrammePeriod_ExitsTwoBeforeMatching()
    {
        using var folder = new TempFolder();
        var input = folder.Write("people.csv", Inputs.Small);

        var run = await Cli.RunAsync("match", input, "--calendar", folder.File("cal"), "--quiet");

        Assert.Equal(ExitCodes.InvalidInput, run.ExitCode);
        Assert.Contains("\"startDate\" and \"endDate\"", run.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(folder.File("cal")));
    }

    [Fact]
    public async Task Match_CalendarWithoutEmails_HasNoAttendeesButStillTheMeeting()
    {
        using var folder = new TempFolder();
        var input = folder.Write("people.csv", Inputs.Small);
        var settings = folder.Write("s.json", """{ "version": 1, "programme": { "name": "P", "startDate": "2025-01-01", "endDate": "2025-03-31" } }""");

        var run = await Cli.RunAsync("match", input, "--settings", settings, "--calendar", folder.File("cal"), "--quiet");

        Assert.True(run.ExitCode == ExitCodes.Success, run.ToString());
        var files = Directory.GetFiles(folder.File("cal"));
        Assert.NotEmpty(files);
        var meeting = Assert.Single(Ical.Net.Calendar.Load(File.ReadAllText(files[0]))!.Events);
        Assert.Empty(meeting.Attendees);
        var occurrences = meeting.GetOccurrences(new Ical.Net.DataTypes.CalDateTime(2024, 1, 1)).ToArray();
        Assert.InRange(occurrences.Length, 12, 13);
        Assert.All(occurrences, o => Assert.InRange(o.Period.StartTime.Date, new DateOnly(2025, 1, 1), new DateOnly(2025, 3, 31)));
    }

    [Theory]
    [InlineData("G001", "G001.ics")]
    [InlineData("../x", "___x.ics")]
    public void FileName_GroupId_IsSafe(string id, string expected) => Assert.Equal(expected, CalendarInvites.FileName(id));
}
