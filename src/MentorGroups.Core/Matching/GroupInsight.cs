using MentorGroups.Groups;
using MentorGroups.Rules.Objectives;
using MentorGroups.Participants;
using MentorGroups.Scheduling;

namespace MentorGroups.Matching;

/// <summary>
/// How one group of a result does as a whole: whether it can meet at one time, how it scores on each group objective,
/// and which group requirements it breaks. The ranked meeting slots are worked out only when first asked for.
/// </summary>
/// <remarks>
/// <see cref="HasCommonSlot"/> and <see cref="Meeting"/> come from per-person availability masks cached for the whole
/// matching, so every group of a large result gets them cheaply. <see cref="MeetingSlots"/> runs the
/// <see cref="MeetingSlotFinder"/> of the request on the group (once, thread-safe) and agrees with
/// <see cref="HasCommonSlot"/>. Immutable as far as callers can tell.
/// </remarks>
public sealed class GroupInsight
{
    private readonly Lazy<MeetingSlotResult> _meetingSlots;

    // Only the engine creates insights (MatchingProblem.CreateResult); meetingSlots works out the ranked slots when first asked for.
    internal GroupInsight(
        GroupId group,
        GroupMeetingFit meeting,
        IReadOnlyList<GroupObjectiveScore> objectives,
        IReadOnlyList<string> brokenRequirements,
        Func<MeetingSlotResult> meetingSlots)
    {
        ArgumentNullException.ThrowIfNull(objectives);
        ArgumentNullException.ThrowIfNull(brokenRequirements);
        ArgumentNullException.ThrowIfNull(meetingSlots);
        Group = group;
        Meeting = meeting;
        Objectives = objectives;
        BrokenRequirements = brokenRequirements;
        _meetingSlots = new Lazy<MeetingSlotResult>(meetingSlots, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>The group's id.</summary>
    public GroupId Group { get; }

    /// <summary>Whether a meeting of the request's length suits every member who gave availability (false when nobody did).</summary>
    public bool HasCommonSlot => Meeting.HasCommonSlot;

    /// <summary>The figures behind <see cref="HasCommonSlot"/>: members with availability, common starts, sole blockers.</summary>
    public GroupMeetingFit Meeting { get; }

    /// <summary>The group's score on each group objective of the request, in request order (also those weighted 0).</summary>
    public IReadOnlyList<GroupObjectiveScore> Objectives { get; }

    /// <summary>The weighted sum of <see cref="Objectives"/>: what the group adds per mentee to the combined objective.</summary>
    public double Quality => Objectives.Sum(o => o.Weight * o.Score);

    /// <summary>The group requirements of the request the group breaks, each as "name: reason"; empty when it meets them all.</summary>
    public IReadOnlyList<string> BrokenRequirements { get; }

    /// <summary>The ranked meeting slots of the group in the request's reference week (worked out on first use).</summary>
    public MeetingSlotResult MeetingSlots => _meetingSlots.Value;

    /// <summary>The best meeting slot: one everyone who gave availability can attend when <see cref="HasCommonSlot"/>,
    /// otherwise one the most can; <see langword="null"/> when no slot suits anyone.</summary>
    public MeetingSlot? BestSlot => MeetingSlots.Slots.Count > 0 ? MeetingSlots.Slots[0] : null;

    /// <summary>Who cannot attend <see cref="BestSlot"/>: the members who block a common slot. Empty when everyone can meet.</summary>
    public IReadOnlyList<ParticipantId> CannotAttendBestSlot => BestSlot?.CannotAttend ?? [];
}
