using MentorGroups.Participants;
using MentorGroups.Scheduling;

namespace MentorGroups.Cli.Scheduling;

/// <summary>
/// A simple finder: moves every member's weekly windows to UTC with their zone's offset on the reference Monday, and
/// intersects them. Members without availability do not constrain the result (and are listed); a member without a
/// time zone is taken to be in UTC.
/// </summary>
internal sealed class UtcIntersectionSlotFinder : ICommonSlotFinder
{
    private const int Week = WeeklyWindow.MinutesPerWeek;

    public CommonSlots Find(IReadOnlyList<Participant> members, SlotSearch search)
    {
        ArgumentNullException.ThrowIfNull(members);
        ArgumentNullException.ThrowIfNull(search);
        var without = members.Where(m => m.Profile.Availability.IsEmpty).Select(m => m.Id).Order().ToArray();
        var covered = members.Where(m => !m.Profile.Availability.IsEmpty).ToArray();
        if (covered.Length == 0)
        {
            return new CommonSlots([], search.MeetingMinutes, 0, without);
        }

        // Intervals are half-open [start, end) within one week; a window that wraps past Sunday is split in two.
        List<(int Start, int End)>? common = null;
        foreach (var member in covered)
        {
            var mine = ToUtcIntervals(member, search.ReferenceMonday);
            common = common is null ? mine : Intersect(common, mine);
            if (common.Count == 0)
            {
                break;
            }
        }

        var windows = JoinAcrossWeekEnd(common!)
            .Where(w => w.Length >= search.MeetingMinutes)
            .Select(w => WeeklyWindow.FromMinutes(w.Start, Math.Min(w.Length, Week)))
            .ToArray();
        return new CommonSlots(windows, search.MeetingMinutes, covered.Length, without);
    }

    private static List<(int Start, int End)> ToUtcIntervals(Participant member, DateOnly referenceMonday)
    {
        var offset = OffsetMinutes(member.Profile.TimeZone, referenceMonday);
        var intervals = new List<(int Start, int End)>();
        foreach (var window in member.Profile.Availability)
        {
            var start = ((window.StartMinuteOfWeek - offset) % Week + Week) % Week;
            var end = start + window.LengthMinutes;
            if (end <= Week)
            {
                intervals.Add((start, end));
            }
            else
            {
                intervals.Add((start, Week));
                intervals.Add((0, end - Week));
            }
        }

        intervals.Sort();
        return Merge(intervals);
    }

    private static int OffsetMinutes(TimeZoneInfo? zone, DateOnly referenceMonday) =>
        zone is null ? 0 : (int)zone.GetUtcOffset(referenceMonday.ToDateTime(new TimeOnly(12, 0), DateTimeKind.Unspecified)).TotalMinutes;

    private static List<(int Start, int End)> Merge(List<(int Start, int End)> sorted)
    {
        var merged = new List<(int Start, int End)>();
        foreach (var (start, end) in sorted)
        {
            if (merged.Count > 0 && start <= merged[^1].End)
            {
                merged[^1] = (merged[^1].Start, Math.Max(merged[^1].End, end));
            }
            else
            {
                merged.Add((start, end));
            }
        }

        return merged;
    }

    private static List<(int Start, int End)> Intersect(List<(int Start, int End)> a, List<(int Start, int End)> b)
    {
        var result = new List<(int Start, int End)>();
        int i = 0, j = 0;
        while (i < a.Count && j < b.Count)
        {
            var start = Math.Max(a[i].Start, b[j].Start);
            var end = Math.Min(a[i].End, b[j].End);
            if (start < end)
            {
                result.Add((start, end));
            }

            if (a[i].End < b[j].End)
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return result;
    }

    /// <summary>Joins an interval ending at Sunday 24:00 with one starting Monday 00:00: they are one window.</summary>
    private static IEnumerable<(int Start, int Length)> JoinAcrossWeekEnd(List<(int Start, int End)> intervals)
    {
        if (intervals.Count >= 2 && intervals[0].Start == 0 && intervals[^1].End == Week)
        {
            yield return (intervals[^1].Start, intervals[^1].End - intervals[^1].Start + intervals[0].End);
            for (var k = 1; k < intervals.Count - 1; k++)
            {
                yield return (intervals[k].Start, intervals[k].End - intervals[k].Start);
            }

            yield break;
        }

        foreach (var (start, end) in intervals)
        {
            yield return (start, end - start);
        }
    }
}
