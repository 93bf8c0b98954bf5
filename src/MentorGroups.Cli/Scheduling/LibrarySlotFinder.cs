using MentorGroups.Participants;
using MentorGroups.Scheduling;

namespace MentorGroups.Cli.Scheduling;

/// <summary>
/// The tool's view of the library's <see cref="MeetingSlotFinder"/>: the weekly windows in UTC in which everyone who gave
/// availability can meet, in week order. Members without a time zone are taken to be in UTC; members without
/// availability do not constrain the result and are listed.
/// </summary>
internal sealed class LibrarySlotFinder : ICommonSlotFinder
{
    private const int Week = WeeklyWindow.MinutesPerWeek;

    // Every common stretch is wanted, not only the best few the finder would rank.
    private const int AllSlots = 1000;

    public CommonSlots Find(IReadOnlyList<Participant> members, SlotSearch search)
    {
        ArgumentNullException.ThrowIfNull(members);
        ArgumentNullException.ThrowIfNull(search);
        var finder = new MeetingSlotFinder(new MeetingSlotOptions
        {
            SlotLengthMinutes = search.MeetingMinutes,
            ReferenceWeek = search.ReferenceMonday,
            MaxResults = AllSlots,
        });
        var result = finder.Find(members, TimeZoneInfo.Utc);
        if (!result.HasCommonSlot)
        {
            return new CommonSlots([], search.MeetingMinutes, result.ConsideredMemberCount, result.MembersWithoutAvailability);
        }

        var weekStart = new DateTimeOffset(search.ReferenceMonday.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var stretches = result.Slots
            .Where(s => s.EveryoneCanAttend)
            .Select(s => (Start: (int)(s.WindowStartUtc - weekStart).TotalMinutes, End: (int)(s.WindowEndUtc - weekStart).TotalMinutes))
            .Distinct()
            .OrderBy(s => s.Start)
            .ToList();

        // The finder sees the week as a line from Monday 00:00 UTC; a stretch over Sunday midnight arrives in two
        // pieces (one ending at or past the week's end, one starting at 0) and is one weekly window.
        if (stretches.Count > 1 && stretches[^1].End >= Week && stretches[0].Start == 0)
        {
            var tail = stretches[^1];
            var head = stretches[0];
            stretches.RemoveAt(stretches.Count - 1);
            stretches[0] = (tail.Start, Math.Max(tail.End, Week + head.End));
            stretches.Sort((a, b) => a.Start.CompareTo(b.Start));
        }

        var windows = stretches
            .Select(s => WeeklyWindow.FromMinutes(s.Start % Week, Math.Min(s.End - s.Start, Week)))
            .ToArray();
        return new CommonSlots(windows, search.MeetingMinutes, result.ConsideredMemberCount, result.MembersWithoutAvailability);
    }
}
