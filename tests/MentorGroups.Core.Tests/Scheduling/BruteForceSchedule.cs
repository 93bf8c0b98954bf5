using MentorGroups.Scheduling;

namespace MentorGroups.Tests.Scheduling;

/// <summary>
/// The slow, obvious answer the finder must agree with: every UTC minute of the week is turned into each member's
/// local time with <see cref="TimeZoneInfo.ConvertTime(DateTimeOffset, TimeZoneInfo)"/> and looked up in their windows.
/// Written independently of the library's time line code.
/// </summary>
internal sealed class BruteForceSchedule
{
    private const int Week = 7 * 24 * 60;

    public BruteForceSchedule(DateOnly referenceWeek, int slotMinutes, int stepMinutes, IReadOnlyList<SchedulingMember> members)
    {
        var weekStart = new DateTimeOffset(referenceWeek.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        Considered = members.Where(m => m.Availability.Count > 0).OrderBy(m => m.Id).ToArray();
        StartCount = Week / stepMinutes;
        CanAttend = new bool[Considered.Length][];
        for (var i = 0; i < Considered.Length; i++)
        {
            var free = new bool[Week + slotMinutes];
            for (var minute = 0; minute < free.Length; minute++)
            {
                free[minute] = IsInWindows(Considered[i], TimeZoneInfo.ConvertTime(weekStart.AddMinutes(minute), Considered[i].TimeZone!));
            }

            CanAttend[i] = new bool[StartCount];
            for (var start = 0; start < StartCount; start++)
            {
                var all = true;
                for (var minute = start * stepMinutes; minute < (start * stepMinutes) + slotMinutes && all; minute++)
                {
                    all = free[minute];
                }

                CanAttend[i][start] = all;
            }
        }

        Counts = Enumerable.Range(0, StartCount).Select(s => CanAttend.Count(row => row[s])).ToArray();
        Most = Counts.Length == 0 ? 0 : Counts.Max();
    }

    public SchedulingMember[] Considered { get; }

    public int StartCount { get; }

    /// <summary>[member][start]: whether the member can attend the whole slot from that start.</summary>
    public bool[][] CanAttend { get; }

    public int[] Counts { get; }

    public int Most { get; }

    public IEnumerable<int> QualifyingStarts => Enumerable.Range(0, StartCount).Where(s => Most > 0 && Counts[s] == Most);

    public string[] AttendeesAt(int start) =>
        Considered.Where((_, i) => CanAttend[i][start]).Select(m => m.Id.Value).ToArray();

    private static bool IsInWindows(SchedulingMember member, DateTimeOffset local)
    {
        var dayIndex = ((int)local.DayOfWeek + 6) % 7;
        var minuteOfWeek = (dayIndex * 24 * 60) + (local.Hour * 60) + local.Minute;
        return member.Availability.Any(w => ((minuteOfWeek - w.StartMinuteOfWeek) % Week + Week) % Week < w.LengthMinutes);
    }
}
