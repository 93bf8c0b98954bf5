using MentorGroups.Enrolments;
using MentorGroups.Matching;
using MentorGroups.Scheduling;

namespace MentorGroups.Strategies.GroupFormation;

/// <summary>
/// The meeting starts of the request's reference week each mentor can attend, as bit masks (one per distinct time zone
/// and availability), so that the team plan can pair mentors who can meet each other before anything is compiled.
/// </summary>
internal sealed class MentorStarts
{
    private readonly int _words;
    private readonly Dictionary<Enrolment, int> _patternOf = new(ReferenceEqualityComparer.Instance);
    private readonly List<ulong[]> _masks = [];

    public MentorStarts(MatchingRequest request, IEnumerable<Enrolment> mentors)
    {
        var finder = request.MeetingSlots;
        var startCount = WeeklyWindow.MinutesPerWeek / finder.StepMinutes;
        var slotSteps = finder.SlotLengthMinutes / finder.StepMinutes;
        _words = UtcWeekTimeline.WordCount(startCount);
        var weekStart = UtcWeekTimeline.StartUtc(finder.ReferenceWeek);
        var spanMinutes = (startCount + slotSteps - 1) * finder.StepMinutes;
        var segments = new Dictionary<string, List<(int Start, int Shift)>>(StringComparer.Ordinal);
        var patterns = new Dictionary<(string Zone, WeeklyAvailability Availability), int>();
        foreach (var mentor in mentors)
        {
            var availability = mentor.Participant.Profile.Availability;
            if (availability.IsEmpty)
            {
                continue;
            }

            var zone = mentor.Participant.Profile.TimeZone ?? TimeZoneInfo.Utc;
            if (!patterns.TryGetValue((zone.Id, availability), out var pattern))
            {
                if (!segments.TryGetValue(zone.Id, out var offsets))
                {
                    offsets = UtcWeekTimeline.OffsetSegments(zone, weekStart, spanMinutes);
                    segments[zone.Id] = offsets;
                }

                pattern = _masks.Count;
                patterns[(zone.Id, availability)] = pattern;
                _masks.Add(UtcWeekTimeline.StartMask(offsets, availability, finder.StepMinutes, slotSteps, startCount));
            }

            _patternOf[mentor] = pattern;
        }
    }

    /// <summary>How many distinct availability patterns the mentors have.</summary>
    public int PatternCount => _masks.Count;

    /// <summary>Whether mentors of the two patterns can meet at one start.</summary>
    public bool PatternsMeet(int a, int b)
    {
        var x = _masks[a];
        var y = _masks[b];
        for (var w = 0; w < _words; w++)
        {
            if ((x[w] & y[w]) != 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The mentor's availability pattern, or -1 without availability.</summary>
    public int PatternOf(Enrolment mentor) => _patternOf.GetValueOrDefault(mentor, -1);

    /// <summary>Whether the mentors can meet at one start; true when either gave no availability (missing data does not block).</summary>
    public bool CanMeet(Enrolment first, Enrolment second)
    {
        var a = PatternOf(first);
        var b = PatternOf(second);
        if (a < 0 || b < 0)
        {
            return true;
        }

        return PatternsMeet(a, b);
    }
}
