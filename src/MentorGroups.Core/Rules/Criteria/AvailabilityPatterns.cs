using MentorGroups.Participants;
using MentorGroups.Rules;
using MentorGroups.Scheduling;

namespace MentorGroups.Rules.Criteria;

/// <summary>
/// The prepared features of <see cref="AvailabilityOverlapCriterion"/>: people with the same weekly windows at the same
/// UTC offset share a pattern, and the minutes two patterns share are looked up in a table (or, when there are too many
/// patterns for a table, computed by merging the patterns' UTC intervals). Time-zone fallbacks are looked up by offset.
/// </summary>
internal sealed class AvailabilityPatterns
{
    /// <summary>The largest pattern table built (entries); beyond it shared minutes are merged pair by pair.</summary>
    internal const long MaxTableEntries = 1 << 22;

    private readonly int[] _intervalStart;
    private readonly int[] _intervals;
    private readonly int _menteePatternCount;
    private readonly int[]? _table;

    public AvailabilityPatterns(MatchingPopulation population, long maxTableEntries = MaxTableEntries)
    {
        var intervals = new List<int>();
        var starts = new List<int> { 0 };
        var keys = new Dictionary<(int Offset, WeeklyAvailability Windows), int>();
        var zones = new Dictionary<TimeSpan, int>();

        var seen = 0;
        int Pattern(ParticipantProfile profile, Dictionary<(int, WeeklyAvailability), int> ids)
        {
            population.ThrowIfCancelled(seen++);
            if (profile.Availability.IsEmpty)
            {
                return -1;
            }

            var offset = profile.TimeZone is null ? 0 : (int)profile.TimeZone.BaseUtcOffset.TotalMinutes;
            if (!ids.TryGetValue((offset, profile.Availability), out var id))
            {
                id = ids.Count;
                ids[(offset, profile.Availability)] = id;
                AddUtcIntervals(profile.Availability, offset, intervals);
                starts.Add(intervals.Count);
            }

            return id;
        }

        int Zone(TimeZoneInfo? zone) => zone is null ? -1 : zones.TryGetValue(zone.BaseUtcOffset, out var z) ? z : zones[zone.BaseUtcOffset] = zones.Count;

        MentorPattern = [.. population.Mentors.Select(m => Pattern(m.Participant.Profile, keys))];
        var mentorPatternCount = keys.Count;
        keys.Clear();
        MenteePattern = [.. population.Mentees.Select(m => Pattern(m.Participant.Profile, keys))];
        _menteePatternCount = keys.Count;
        _intervalStart = [.. starts];
        _intervals = [.. intervals];
        // Mentee patterns' intervals are stored after the mentors'; ids count from 0 on each side.
        MenteePatternOffset = mentorPatternCount;
        MentorZone = [.. population.Mentors.Select(m => Zone(m.Participant.Profile.TimeZone))];
        MenteeZone = [.. population.Mentees.Select(m => Zone(m.Participant.Profile.TimeZone))];
        ZoneCount = zones.Count;
        var offsets = zones.OrderBy(z => z.Value).Select(z => z.Key).ToArray();
        ZoneScore = new double[ZoneCount * ZoneCount];
        for (var a = 0; a < ZoneCount; a++)
        {
            for (var b = 0; b < ZoneCount; b++)
            {
                // Exactly the arithmetic of AvailabilityOverlapCriterion.Score, so both give the same bits.
                var hours = Math.Abs((offsets[a] - offsets[b]).TotalHours);
                ZoneScore[(a * ZoneCount) + b] = Math.Max(0, 1 - (Math.Min(hours, 24 - hours) / 12));
            }
        }

        if ((long)mentorPatternCount * _menteePatternCount <= maxTableEntries)
        {
            _table = new int[mentorPatternCount * _menteePatternCount];
            for (var a = 0; a < mentorPatternCount; a++)
            {
                population.CancellationToken.ThrowIfCancellationRequested();
                for (var b = 0; b < _menteePatternCount; b++)
                {
                    _table[(a * _menteePatternCount) + b] = Merge(a, MenteePatternOffset + b);
                }
            }
        }
    }

    /// <summary>Each mentor's pattern, -1 without availability.</summary>
    public int[] MentorPattern { get; }

    /// <summary>Each mentee's pattern, -1 without availability.</summary>
    public int[] MenteePattern { get; }

    /// <summary>Each mentor's standard UTC offset as a zone number, -1 without a time zone.</summary>
    public int[] MentorZone { get; }

    /// <summary>Each mentee's zone number, -1 without a time zone.</summary>
    public int[] MenteeZone { get; }

    /// <summary>How many distinct offsets there are.</summary>
    public int ZoneCount { get; }

    /// <summary>The time-zone score of two zone numbers (a × <see cref="ZoneCount"/> + b).</summary>
    public double[] ZoneScore { get; }

    private int MenteePatternOffset { get; }

    /// <summary>Weekly minutes a mentor pattern and a mentee pattern share.</summary>
    public int SharedMinutes(int mentorPattern, int menteePattern) =>
        _table is not null ? _table[(mentorPattern * _menteePatternCount) + menteePattern] : Merge(mentorPattern, MenteePatternOffset + menteePattern);

    /// <summary>The windows moved to UTC, split where they run past the end of the week, in order of start.</summary>
    internal static void AddUtcIntervals(WeeklyAvailability availability, int offsetMinutes, List<int> into)
    {
        const int Week = WeeklyWindow.MinutesPerWeek;
        var pieces = new List<(int Start, int End)>(availability.Count + 1);
        for (var i = 0; i < availability.Count; i++)
        {
            var w = availability[i];
            var start = ((w.StartMinuteOfWeek - offsetMinutes) % Week + Week) % Week;
            var end = start + w.LengthMinutes;
            if (end <= Week)
            {
                pieces.Add((start, end));
            }
            else
            {
                pieces.Add((start, Week));
                pieces.Add((0, end - Week));
            }
        }

        pieces.Sort();
        foreach (var (start, end) in pieces)
        {
            into.Add(start);
            into.Add(end);
        }
    }

    /// <summary>
    /// The length of the intersection of two patterns' UTC intervals. A person's windows never overlap, so this is the
    /// sum of the pairwise overlaps that <see cref="AvailabilityOverlapCriterion.SharedMinutes"/> adds up.
    /// </summary>
    private int Merge(int a, int b)
    {
        int i = _intervalStart[a], iEnd = _intervalStart[a + 1];
        int j = _intervalStart[b], jEnd = _intervalStart[b + 1];
        var shared = 0;
        while (i < iEnd && j < jEnd)
        {
            var start = Math.Max(_intervals[i], _intervals[j]);
            var end = Math.Min(_intervals[i + 1], _intervals[j + 1]);
            if (end > start)
            {
                shared += end - start;
            }

            if (_intervals[i + 1] < _intervals[j + 1])
            {
                i += 2;
            }
            else
            {
                j += 2;
            }
        }

        return shared;
    }
}
