using MentorGroups.Enrolments;
using MentorGroups.Matching;
using MentorGroups.Scheduling;

namespace MentorGroups.Strategies.GroupFormation;

/// <summary>
/// Which mentors can meet at one start of the request's reference week, so that the team plan can pair mentors who
/// can meet each other before anything is compiled. A view of <see cref="MeetingStartIndex"/> (public: an outside
/// strategy could plan the same way) by enrolment.
/// </summary>
internal sealed class MentorStarts(MatchingRequest request, IEnumerable<Enrolment> mentors)
{
    private readonly MeetingStartIndex _index = new(request.MeetingSlots, mentors.Select(m => m.Participant));

    /// <summary>Whether mentors of the two patterns can meet at one start.</summary>
    public bool PatternsMeet(int a, int b) => _index.PatternsMeet(a, b);

    /// <summary>The mentor's availability pattern, or -1 without availability.</summary>
    public int PatternOf(Enrolment mentor) => _index.PatternOf(mentor.Participant);

    /// <summary>Whether the mentors can meet at one start; true when either gave no availability (missing data does not block).</summary>
    public bool CanMeet(Enrolment first, Enrolment second)
    {
        var a = PatternOf(first);
        var b = PatternOf(second);
        return a < 0 || b < 0 || PatternsMeet(a, b);
    }
}
