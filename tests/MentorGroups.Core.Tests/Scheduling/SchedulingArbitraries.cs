using FsCheck;
using FsCheck.Fluent;
using MentorGroups.Participants;
using MentorGroups.Scheduling;

namespace MentorGroups.Tests.Scheduling;

/// <summary>A small random group to schedule: reference week, meeting length and members.</summary>
public sealed record ScheduleCase(DateOnly ReferenceWeek, int SlotMinutes, IReadOnlyList<SchedulingMember> Members)
{
    /// <summary>Readable when a property fails: week, length, and each member's zone and windows.</summary>
    public override string ToString() =>
        $"{ReferenceWeek:yyyy-MM-dd}, {SlotMinutes} min: " + string.Join(" | ", Members.Select(m => $"{m.Id} {m.TimeZone?.Id} [{m.Availability}]"));
}

/// <summary>Generators for scheduling properties.</summary>
public static class SchedulingArbitraries
{
    /// <summary>Mondays of ordinary weeks and of weeks with a daylight-saving change in one or more of <see cref="Zones.Varied"/>.</summary>
    private static readonly DateOnly[] Weeks =
    [
        new(2026, 1, 12),  // winter in the north, summer in the south
        new(2026, 3, 2),   // New York springs forward on Sunday 8 March
        new(2026, 3, 23),  // Copenhagen springs forward on Sunday 29 March
        new(2026, 3, 30),  // Sydney, Lord Howe and Chatham fall back on Sunday 5 April
        new(2026, 9, 21),  // Chatham springs forward on Sunday 27 September
        new(2026, 9, 28),  // Sydney springs forward on Sunday 4 October
        new(2026, 10, 19), // Copenhagen falls back on Sunday 25 October
        new(2026, 10, 26), // New York falls back on Sunday 1 November
        new(2026, 6, 15),  // summer in the north
    ];

    /// <summary>Random groups of 2 to 5 members.</summary>
    public static Arbitrary<ScheduleCase> Cases() =>
        (from week in Gen.Elements(Weeks)
         from slot in Gen.Elements(15, 30, 60, 90, 120)
         from count in Gen.Choose(2, 5)
         from members in Gen.ListOf(Member(), count)
         select new ScheduleCase(week, slot, members.Select((m, i) => WithId(m, $"m{i}")).ToArray()))
        .ToArbitrary();

    private static Gen<SchedulingMember> Member() =>
        from zone in Gen.Elements(Zones.Varied)
        from wide in Gen.Elements(true, false)
        from windows in Gen.ListOf(Window(wide ? 3000 : 600), 4)
        from windowCount in Gen.Choose(0, 4)
        select new SchedulingMember("x", TimeZoneInfo.FindSystemTimeZoneById(zone), NonOverlapping(windows.Take(windowCount).SelectMany(w => w)));

    /// <summary>A window, sometimes cut in two touching pieces at an odd minute, as people do write "09:00-09:10; 09:10-10:00".</summary>
    private static Gen<(int Start, int Length)[]> Window(int maxLength) =>
        from start in Gen.Choose(0, WeeklyWindow.MinutesPerWeek - 1)
        from length in Gen.Choose(2, maxLength)
        from cut in Gen.Choose(0, length - 1)
        select cut == 0
            ? new[] { (start, length) }
            : new[] { (start, cut), ((start + cut) % WeeklyWindow.MinutesPerWeek, length - cut) };

    private static WeeklyAvailability NonOverlapping(IEnumerable<(int Start, int Length)> candidates)
    {
        var kept = new List<WeeklyWindow>();
        foreach (var (start, length) in candidates)
        {
            var window = WeeklyWindow.FromMinutes(start, length);
            if (!kept.Any(k => k.Overlaps(window)))
            {
                kept.Add(window);
            }
        }

        return WeeklyAvailability.From(kept);
    }

    private static SchedulingMember WithId(SchedulingMember member, string id) =>
        new(new ParticipantId(id), member.TimeZone, member.Availability);
}
