using MentorGroups.Participants;
using MentorGroups.Validation;

namespace MentorGroups.Scheduling;

/// <summary>
/// Finds meeting times a whole group can attend, across time zones, in one reference week; when there is none,
/// finds the times most members can attend and names who cannot. Immutable and thread-safe.
/// </summary>
/// <remarks>
/// <para><b>Time line.</b> The planning week runs from Monday 00:00 UTC of <see cref="ReferenceWeek"/> for seven days.
/// A slot starts there on a multiple of <see cref="StepMinutes"/> and may run past the week's end. Each member's local
/// weekly windows are placed on that UTC line with their zone's real rules for each date: a window on the Sunday after a daylight-saving change lands one hour away from the same
/// window on the Saturday before it.</para>
/// <para><b>Daylight-saving edges.</b> Each real UTC minute is read as the one local time it shows. A local time
/// skipped in spring (02:30 on the night clocks jump forward) is never matched, so a window across the gap is an hour
/// shorter that night. A local time that occurs twice in autumn is matched both times, so a window across the repeated
/// hour is an hour longer that night. Nothing is guessed and nothing throws.</para>
/// <para><b>Members without availability</b> are left out of the computation, never counted as able or unable to
/// attend, and listed in <see cref="MeetingSlotResult.MembersWithoutAvailability"/>. Treating them as "free any time"
/// would give the same slots, but would claim they can attend when nobody knows; leaving them out keeps
/// <see cref="MeetingSlot.Attendees"/> truthful while still not letting missing data block the group.</para>
/// <para><b>Ranking.</b> Starts where the most members can attend are grouped into windows: runs of consecutive starts
/// with exactly the same attendees. Each window gives one slot, at its start with the most attendees inside their local
/// daytime (<see cref="DaytimeStart"/>–<see cref="DaytimeEnd"/>), the earliest such start on ties. Slots are then
/// ordered by (1) more attendees inside their daytime, (2) a longer window, which leaves room to move the meeting,
/// (3) the earlier UTC start.</para>
/// </remarks>
public sealed class MeetingSlotFinder
{
    private const int MinutesPerWeek = WeeklyWindow.MinutesPerWeek;

    /// <summary>Creates a finder with the default options, planning the week after today (UTC).</summary>
    public MeetingSlotFinder()
        : this(new MeetingSlotOptions())
    {
    }

    /// <summary>Creates a finder.</summary>
    /// <param name="options">The settings; copied, so later changes to them do not reach this finder.</param>
    /// <param name="timeProvider">Supplies today's date when <see cref="MeetingSlotOptions.ReferenceWeek"/> is not set;
    /// <see cref="TimeProvider.System"/> when <see langword="null"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is <see langword="null"/>.</exception>
    /// <exception cref="MentorGroupsValidationException">Every problem with the options at once: slot length
    /// (<see cref="ErrorCodes.SlotLengthOutOfRange"/>), step (<see cref="ErrorCodes.InvalidStep"/>), slot length not a
    /// whole number of steps (<see cref="ErrorCodes.SlotNotMultipleOfStep"/>), maximum results
    /// (<see cref="ErrorCodes.MaxResultsOutOfRange"/>), reference week (<see cref="ErrorCodes.InvalidReferenceWeek"/>),
    /// daytime (<see cref="ErrorCodes.InvertedDaytime"/>).</exception>
    public MeetingSlotFinder(MeetingSlotOptions options, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate().ThrowIfAny("meeting slot options");
        SlotLengthMinutes = options.SlotLengthMinutes;
        StepMinutes = options.StepMinutes;
        MaxResults = options.MaxResults;
        DaytimeStart = options.DaytimeStart;
        DaytimeEnd = options.DaytimeEnd;
        ReferenceWeek = options.ReferenceWeek
            ?? MeetingSlotOptions.NextMondayAfter(DateOnly.FromDateTime((timeProvider ?? TimeProvider.System).GetUtcNow().UtcDateTime));
    }

    /// <summary>The Monday of the week planned in.</summary>
    public DateOnly ReferenceWeek { get; }

    /// <summary>Meeting length in minutes.</summary>
    public int SlotLengthMinutes { get; }

    /// <summary>Minutes between possible starts.</summary>
    public int StepMinutes { get; }

    /// <summary>At most this many slots are returned.</summary>
    public int MaxResults { get; }

    /// <summary>Start of the preferred local daytime.</summary>
    public TimeOnly DaytimeStart { get; }

    /// <summary>End of the preferred local daytime.</summary>
    public TimeOnly DaytimeEnd { get; }

    /// <summary>Finds meeting slots for participants, reading time zone and availability from their profiles.</summary>
    /// <param name="participants">The group.</param>
    /// <param name="defaultTimeZone">Used for participants without a time zone of their own; <see langword="null"/> for none.</param>
    /// <returns>The slots found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="participants"/> is <see langword="null"/>.</exception>
    /// <exception cref="MentorGroupsValidationException">Every problem at once: a participant is <see langword="null"/>
    /// (<see cref="ErrorCodes.Required"/>), appears twice (<see cref="ErrorCodes.DuplicateMember"/>), or gave availability
    /// without any time zone (<see cref="ErrorCodes.MissingTimeZone"/>).</exception>
    public MeetingSlotResult Find(IEnumerable<Participant> participants, TimeZoneInfo? defaultTimeZone = null)
    {
        ArgumentNullException.ThrowIfNull(participants);
        var problems = new Problems();
        var members = new List<SchedulingMember>();
        foreach (var participant in participants)
        {
            if (participant is null)
            {
                problems.Add(ErrorCodes.Required, "A participant in the group is null.");
                continue;
            }

            if (problems.Capture(() => SchedulingMember.From(participant, defaultTimeZone)) is { } member)
            {
                members.Add(member);
            }
        }

        CheckDuplicates(problems, members);
        problems.ThrowIfAny("meeting group");
        return FindChecked(members);
    }

    /// <summary>Finds meeting slots for a group.</summary>
    /// <param name="members">The group.</param>
    /// <returns>The slots found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="members"/> is <see langword="null"/>.</exception>
    /// <exception cref="MentorGroupsValidationException">Every problem at once: a member is <see langword="null"/>
    /// (<see cref="ErrorCodes.Required"/>) or appears twice (<see cref="ErrorCodes.DuplicateMember"/>).</exception>
    public MeetingSlotResult Find(IEnumerable<SchedulingMember> members)
    {
        ArgumentNullException.ThrowIfNull(members);
        var problems = new Problems();
        var list = new List<SchedulingMember>();
        foreach (var member in members)
        {
            if (member is null)
            {
                problems.Add(ErrorCodes.Required, "A member of the group is null.");
            }
            else
            {
                list.Add(member);
            }
        }

        CheckDuplicates(problems, list);
        problems.ThrowIfAny("meeting group");
        return FindChecked(list);
    }

    private static void CheckDuplicates(Problems problems, List<SchedulingMember> members)
    {
        foreach (var duplicate in members.GroupBy(m => m.Id).Where(g => g.Count() > 1).Select(g => g.Key).OrderBy(id => id))
        {
            problems.Add(ErrorCodes.DuplicateMember, "The member appears more than once in the group.", duplicate.Value);
        }
    }

    private MeetingSlotResult FindChecked(List<SchedulingMember> members)
    {
        // Id order makes the output independent of input order.
        members.Sort((a, b) => a.Id.CompareTo(b.Id));
        var considered = members.Where(m => m.HasAvailability).ToArray();
        var withoutAvailability = members.Where(m => !m.HasAvailability).Select(m => m.Id).ToArray();

        var startCount = MinutesPerWeek / StepMinutes;
        var canAttend = CanAttendByStart(considered, startCount);
        var attendeeCounts = new int[startCount];
        foreach (var row in canAttend)
        {
            for (var start = 0; start < startCount; start++)
            {
                attendeeCounts[start] += row[start] ? 1 : 0;
            }
        }

        var most = startCount == 0 ? 0 : attendeeCounts.Max();
        if (most == 0)
        {
            return new MeetingSlotResult(ReferenceWeek, SlotLengthMinutes, considered.Length, 0, 0, [], withoutAvailability);
        }

        var qualifying = attendeeCounts.Count(c => c == most);
        var candidates = new List<Candidate>();
        var runStart = -1;
        for (var start = 0; start <= startCount; start++)
        {
            var qualifies = start < startCount && attendeeCounts[start] == most;
            var continuesRun = qualifies && runStart >= 0 && SameAttendees(canAttend, runStart, start);
            if (runStart >= 0 && !continuesRun)
            {
                candidates.Add(BestStartIn(considered, canAttend, runStart, start - 1));
                runStart = -1;
            }

            if (qualifies && runStart < 0)
            {
                runStart = start;
            }
        }

        var slots = candidates
            .OrderByDescending(c => c.DaytimeCount)
            .ThenByDescending(c => c.RunLast - c.RunFirst)
            .ThenBy(c => c.Start)
            .Take(MaxResults)
            .Select(c => ToSlot(c, members, considered, canAttend))
            .ToArray();
        return new MeetingSlotResult(ReferenceWeek, SlotLengthMinutes, considered.Length, most, qualifying, slots, withoutAvailability);
    }

    /// <summary>Row per considered member, column per start: whether the whole slot from that start suits them.</summary>
    private bool[][] CanAttendByStart(SchedulingMember[] considered, int startCount)
    {
        var slotSteps = SlotLengthMinutes / StepMinutes;
        // Enough steps that the last start's slot is covered; those past the week use the next week's offsets.
        var spanMinutes = (startCount + slotSteps - 1) * StepMinutes;
        var weekStart = UtcWeekTimeline.StartUtc(ReferenceWeek);
        var rows = new bool[considered.Length][];
        for (var i = 0; i < considered.Length; i++)
        {
            var segments = UtcWeekTimeline.OffsetSegments(considered[i].TimeZone!, weekStart, spanMinutes);
            var starts = UtcWeekTimeline.StartMask(segments, considered[i].Availability, StepMinutes, slotSteps, startCount);
            var row = new bool[startCount];
            for (var start = 0; start < startCount; start++)
            {
                row[start] = UtcWeekTimeline.IsSet(starts, start);
            }

            rows[i] = row;
        }

        return rows;
    }

    private static bool SameAttendees(bool[][] canAttend, int startA, int startB)
    {
        foreach (var row in canAttend)
        {
            if (row[startA] != row[startB])
            {
                return false;
            }
        }

        return true;
    }

    private Candidate BestStartIn(SchedulingMember[] considered, bool[][] canAttend, int first, int last)
    {
        var bestStart = first;
        var bestDaytime = -1;
        for (var start = first; start <= last; start++)
        {
            var startUtc = StartAt(start);
            var daytime = 0;
            for (var i = 0; i < considered.Length; i++)
            {
                if (canAttend[i][start] && IsWithinDaytime(considered[i].TimeZone!, startUtc))
                {
                    daytime++;
                }
            }

            if (daytime > bestDaytime)
            {
                (bestStart, bestDaytime) = (start, daytime);
            }
        }

        return new Candidate(bestStart, first, last, bestDaytime);
    }

    private MeetingSlot ToSlot(Candidate candidate, List<SchedulingMember> members, SchedulingMember[] considered, bool[][] canAttend)
    {
        var startUtc = StartAt(candidate.Start);
        var attending = new HashSet<ParticipantId>();
        for (var i = 0; i < considered.Length; i++)
        {
            if (canAttend[i][candidate.Start])
            {
                attending.Add(considered[i].Id);
            }
        }

        var localTimes = members.Select(m =>
        {
            var attendance = !m.HasAvailability ? SlotAttendance.Unknown
                : attending.Contains(m.Id) ? SlotAttendance.CanAttend
                : SlotAttendance.CannotAttend;
            return m.TimeZone is { } zone
                ? new MemberLocalTime(m.Id, TimeZoneInfo.ConvertTime(startUtc, zone), TimeZoneInfo.ConvertTime(startUtc.AddMinutes(SlotLengthMinutes), zone),
                    attendance, IsWithinDaytime(zone, startUtc))
                : new MemberLocalTime(m.Id, null, null, attendance, false);
        }).ToArray();

        return new MeetingSlot(
            startUtc,
            SlotLengthMinutes,
            StartAt(candidate.RunFirst),
            StartAt(candidate.RunLast).AddMinutes(SlotLengthMinutes),
            considered.Where(m => attending.Contains(m.Id)).Select(m => m.Id).ToArray(),
            considered.Where(m => !attending.Contains(m.Id)).Select(m => m.Id).ToArray(),
            candidate.DaytimeCount,
            localTimes);
    }

    private DateTimeOffset StartAt(int start) =>
        new(UtcWeekTimeline.StartUtc(ReferenceWeek).AddMinutes(start * StepMinutes), TimeSpan.Zero);

    private bool IsWithinDaytime(TimeZoneInfo zone, DateTimeOffset startUtc)
    {
        var localStart = TimeZoneInfo.ConvertTime(startUtc, zone);
        var localEnd = TimeZoneInfo.ConvertTime(startUtc.AddMinutes(SlotLengthMinutes), zone);
        return localStart.Date == localEnd.Date
            && TimeOnly.FromTimeSpan(localStart.TimeOfDay) >= DaytimeStart
            && TimeOnly.FromTimeSpan(localEnd.TimeOfDay) <= DaytimeEnd;
    }

    /// <summary>One window of starts with the same attendees, and the start chosen inside it.</summary>
    private readonly record struct Candidate(int Start, int RunFirst, int RunLast, int DaytimeCount);
}
