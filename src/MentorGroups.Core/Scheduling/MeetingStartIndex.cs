using MentorGroups.Participants;

namespace MentorGroups.Scheduling;

/// <summary>
/// The meeting starts of a <see cref="MeetingSlotFinder"/>'s reference week at which each person can attend a whole
/// slot, for people grouped by pattern: everyone with the same weekly windows in the same time zone shares one. A
/// strategy uses it to ask, before placing anyone, whether two people (two mentors who might co-lead, say) can meet at
/// one time, as the finder would see it (daylight-saving changes included).
/// </summary>
/// <remarks>
/// Built once for a set of people; the starts of every pattern are laid out in parallel. Read-only afterwards and safe
/// to share between threads. The engine's group evaluation reads the same index, so a strategy's answer and the
/// result's meeting slots agree.
/// </remarks>
public sealed class MeetingStartIndex
{
    private readonly Dictionary<(string Zone, WeeklyAvailability Availability), int> _patterns = [];
    private readonly ulong[] _masks;

    /// <summary>Finds the starts of every person's pattern.</summary>
    /// <param name="finder">The reference week, step and slot length.</param>
    /// <param name="people">The people whose patterns the index holds; duplicates and people without availability are fine.</param>
    /// <exception cref="ArgumentNullException"><paramref name="finder"/> or <paramref name="people"/> is <see langword="null"/>.</exception>
    public MeetingStartIndex(MeetingSlotFinder finder, IEnumerable<Participant> people)
    {
        ArgumentNullException.ThrowIfNull(finder);
        ArgumentNullException.ThrowIfNull(people);
        StartCount = WeeklyWindow.MinutesPerWeek / finder.StepMinutes;
        Words = UtcWeekTimeline.WordCount(StartCount);
        var slotSteps = finder.SlotLengthMinutes / finder.StepMinutes;
        var patternList = new List<(TimeZoneInfo Zone, WeeklyAvailability Availability)>();
        foreach (var person in people)
        {
            ArgumentNullException.ThrowIfNull(person, nameof(people));
            var availability = person.Profile.Availability;
            var zone = person.Profile.TimeZone ?? TimeZoneInfo.Utc;
            if (!availability.IsEmpty && _patterns.TryAdd((zone.Id, availability), patternList.Count))
            {
                patternList.Add((zone, availability));
            }
        }

        // Offsets depend only on the zone: look them up once per zone, then lay every pattern out in parallel.
        var weekStart = UtcWeekTimeline.StartUtc(finder.ReferenceWeek);
        var spanMinutes = (StartCount + slotSteps - 1) * finder.StepMinutes;
        var segments = new Dictionary<string, List<(int Start, int Shift)>>(StringComparer.Ordinal);
        foreach (var (zone, _) in patternList)
        {
            if (!segments.ContainsKey(zone.Id))
            {
                segments[zone.Id] = UtcWeekTimeline.OffsetSegments(zone, weekStart, spanMinutes);
            }
        }

        var masks = new ulong[patternList.Count * Words];
        var words = Words;
        var startCount = StartCount;
        Parallel.For(0, patternList.Count, p =>
        {
            var (zone, availability) = patternList[p];
            UtcWeekTimeline.StartMask(segments[zone.Id], availability, finder.StepMinutes, slotSteps, startCount).CopyTo(masks.AsSpan(p * words, words));
        });
        _masks = masks;
        PatternCount = patternList.Count;
    }

    /// <summary>How many meeting starts the week has (one per step).</summary>
    internal int StartCount { get; }

    /// <summary>Number of 64-bit words in a start mask.</summary>
    internal int Words { get; }

    /// <summary>How many distinct patterns the index holds.</summary>
    internal int PatternCount { get; }

    /// <summary>The person's pattern, or -1 when they gave no availability or are not in the index.</summary>
    /// <param name="person">The person.</param>
    /// <returns>The pattern's number, from 0.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="person"/> is <see langword="null"/>.</exception>
    public int PatternOf(Participant person)
    {
        ArgumentNullException.ThrowIfNull(person);
        var availability = person.Profile.Availability;
        return availability.IsEmpty ? -1 : _patterns.GetValueOrDefault(((person.Profile.TimeZone ?? TimeZoneInfo.Utc).Id, availability), -1);
    }

    /// <summary>Whether people of the two patterns can attend a whole slot at one start.</summary>
    /// <param name="first">A pattern from <see cref="PatternOf"/>.</param>
    /// <param name="second">Another.</param>
    /// <returns>Whether they share a start; <see langword="false"/> when either is -1 (no availability).</returns>
    /// <exception cref="ArgumentOutOfRangeException">A pattern is not one of this index's.</exception>
    public bool PatternsMeet(int first, int second)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(first, PatternCount);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(second, PatternCount);
        if (first < 0 || second < 0)
        {
            return false;
        }

        var a = Mask(first);
        var b = Mask(second);
        for (var w = 0; w < a.Length; w++)
        {
            if ((a[w] & b[w]) != 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Every pattern's starts, <see cref="Words"/> words each, pattern after pattern: bit k for start k.</summary>
    internal ulong[] Masks => _masks;

    private ReadOnlySpan<ulong> Mask(int pattern) => _masks.AsSpan(pattern * Words, Words);
}
