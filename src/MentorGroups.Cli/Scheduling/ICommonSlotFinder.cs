using MentorGroups.Participants;
using MentorGroups.Scheduling;

namespace MentorGroups.Cli.Scheduling;

/// <summary>
/// Finds weekly times at which a whole group can meet. The one seam between the tool and the slot finder: the tool
/// uses <see cref="LibrarySlotFinder"/>, over the library's own finder.
/// </summary>
internal interface ICommonSlotFinder
{
    /// <summary>Finds the common weekly windows of a group.</summary>
    /// <param name="members">Everyone in the group.</param>
    /// <param name="search">How long a meeting is, and which week fixes the time zones' offsets.</param>
    /// <returns>The windows in UTC, in the week order of their starts (from Monday 00:00 UTC).</returns>
    CommonSlots Find(IReadOnlyList<Participant> members, SlotSearch search);
}

/// <summary>What to look for.</summary>
/// <param name="MeetingMinutes">The length of one meeting; windows shorter than this are left out.</param>
/// <param name="ReferenceMonday">The Monday of the week whose UTC offsets are used (summer time differs from winter time).</param>
internal sealed record SlotSearch(int MeetingMinutes, DateOnly ReferenceMonday)
{
    /// <summary>One-hour meetings, offsets of the week of Monday 6 January 2025 (standard time in the northern hemisphere).</summary>
    public static SlotSearch Default { get; } = new(60, new DateOnly(2025, 1, 6));
}

/// <summary>The common windows of a group.</summary>
/// <param name="WindowsUtc">Weekly windows in UTC, at least a meeting long, in week order.</param>
/// <param name="MeetingMinutes">The meeting length searched for.</param>
/// <param name="MembersCovered">Members whose availability the windows respect.</param>
/// <param name="MembersWithoutAvailability">Members who gave no availability (not constrained, but not known to be free either).</param>
internal sealed record CommonSlots(IReadOnlyList<WeeklyWindow> WindowsUtc, int MeetingMinutes, int MembersCovered, IReadOnlyList<ParticipantId> MembersWithoutAvailability)
{
    /// <summary>The first meeting-length slot, or <see langword="null"/> when there is none.</summary>
    public WeeklyWindow? First => WindowsUtc.Count == 0 ? null : WeeklyWindow.FromMinutes(WindowsUtc[0].StartMinuteOfWeek, MeetingMinutes);
}
