using System.Globalization;
using System.Text;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using MentorGroups.Cli.Input;
using MentorGroups.Cli.Scheduling;

namespace MentorGroups.Cli.Output;

/// <summary>
/// One iCalendar file (RFC 5545) per group with a common slot: a weekly meeting at that slot, in the lead mentor's
/// time zone (so it stays at the same local time across summer time), from the programme's first day to its last,
/// with every member who has an e-mail address as attendee and the programme's purpose and shared goal in the
/// description. Groups without a slot get no file and are listed.
/// </summary>
internal static class CalendarInvites
{
    /// <summary>The files to write and the groups that get none.</summary>
    public sealed record Invites(IReadOnlyList<(string FileName, string Content)> Files, IReadOnlyList<string> GroupsWithoutSlot);

    public static Invites Create(ResultDocument document, ParticipantTable table, ProgrammeSettings settings)
    {
        var period = settings.Programme.Period
            ?? throw new InvalidOperationException("The calendar needs the programme's period; the command checks it first.");
        var files = new List<(string, string)>();
        var without = new List<string>();
        foreach (var group in document.Groups)
        {
            if (group.CommonSlot is not { StartMinuteUtc: { } start, ReferenceMonday: { } monday } slot)
            {
                without.Add(group.Id);
                continue;
            }

            var calendar = Calendar(group, slot, start, monday, table, settings, period.Start, period.End);
            if (calendar is null)
            {
                without.Add(group.Id);
                continue;
            }

            files.Add((FileName(group.Id), new CalendarSerializer().SerializeToString(calendar)!));
        }

        return new Invites(files, without);
    }

    /// <summary>A file name from a group id, with anything a file system could misread replaced.</summary>
    public static string FileName(string groupId)
    {
        var invalid = Path.GetInvalidFileNameChars();
        var name = new string(groupId.Select(c => invalid.Contains(c) || c is '.' or ' ' ? '_' : c).ToArray());
        return name + ".ics";
    }

    private static Ical.Net.Calendar? Calendar(
        GroupRecord group, SlotRecord slot, int startMinuteUtc, DateOnly referenceMonday, ParticipantTable table, ProgrammeSettings settings,
        DateOnly first, DateOnly last)
    {
        var rows = group.Members.Select(m => table.Find(m.Id)).OfType<ParticipantRow>().ToArray();
        var lead = rows.FirstOrDefault(r => r.Enrolment.Role == Enrolments.ProgrammeRole.Mentor) ?? rows.First();
        var zone = lead.Enrolment.Participant.Profile.TimeZone ?? TimeZoneInfo.Utc;
        var tzid = IanaId(zone);

        // The slot was found with the offsets of the reference week; in the lead's zone it is a weekday and a time.
        var local = LocalSlot.StartLocal(startMinuteUtc, referenceMonday, zone);
        var day = first;
        while (day.DayOfWeek != local.DayOfWeek)
        {
            day = day.AddDays(1);
        }

        if (day > last)
        {
            return null;
        }

        var programme = settings.Programme;
        var begins = new CalDateTime(day, TimeOnly.FromDateTime(local), tzid);
        var untilLocal = last.ToDateTime(new TimeOnly(23, 59, 59));
        var untilUtc = TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(untilLocal, DateTimeKind.Unspecified), zone);
        var meeting = new CalendarEvent
        {
            Uid = string.Create(CultureInfo.InvariantCulture, $"{programme.Id}-{group.Id}@mentorgroups"),
            Summary = $"{programme.Name}: group {group.Id}",
            Description = Description(group, slot, programme),
            DtStart = begins,
            Duration = Duration.FromMinutes(slot.Minutes),
            RecurrenceRule = new RecurrencePattern(FrequencyType.Weekly, 1) { Until = new CalDateTime(untilUtc, CalDateTime.UtcTzId, true) },
        };

        if (lead.Email is { } organiser)
        {
            meeting.Organizer = new Organizer("mailto:" + organiser) { CommonName = lead.Enrolment.Participant.DisplayName };
        }

        foreach (var row in rows.Where(r => r.Email is not null))
        {
            meeting.Attendees.Add(new Attendee("mailto:" + row.Email)
            {
                CommonName = row.Enrolment.Participant.DisplayName,
                Role = "REQ-PARTICIPANT",
                ParticipationStatus = "NEEDS-ACTION",
                Rsvp = true,
            });
        }

        var calendar = new Ical.Net.Calendar { ProductId = "-//MentorGroups//mentorgroups//EN" };
        if (tzid != CalDateTime.UtcTzId)
        {
            calendar.AddTimeZone(tzid, first.ToDateTime(TimeOnly.MinValue), includeHistoricalData: false);
        }

        calendar.Events.Add(meeting);
        return calendar;
    }

    private static string Description(GroupRecord group, SlotRecord slot, Programmes.Programme programme)
    {
        var text = new StringBuilder();
        if (programme.Purpose is { } purpose)
        {
            text.Append("Purpose: ").Append(purpose).Append('\n');
        }

        if (programme.SharedLearningGoal is { } goal)
        {
            text.Append("Shared goal: ").Append(goal).Append('\n');
        }

        var mentees = group.Members.Count(m => m.Role == "mentee");
        text.Append(CultureInfo.InvariantCulture, $"Group {group.Id} of {programme.Name}: {group.Members.Count - mentees} mentor(s) and {mentees} mentee(s). ")
            .Append(CultureInfo.InvariantCulture, $"The weekly time everyone who gave availability can meet: {slot.Utc}.");
        return text.ToString();
    }

    /// <summary>The IANA id calendar programs expect (Windows names its zones differently).</summary>
    private static string IanaId(TimeZoneInfo zone)
    {
        if (zone == TimeZoneInfo.Utc || zone.Id is "UTC" or "Etc/UTC")
        {
            return CalDateTime.UtcTzId;
        }

        return zone.HasIanaId ? zone.Id : TimeZoneInfo.TryConvertWindowsIdToIanaId(zone.Id, out var iana) ? iana : zone.Id;
    }
}
