using MentorGroups.Matching;
using MentorGroups.Rules.Objectives;

namespace MentorGroups.Rules.Requirements;

/// <summary>
/// A hard rule over a whole group, such as "everyone can meet at one time" (<see cref="CommonMeetingSlotRequirement"/>).
/// The group-optimising strategy never forms a group that breaks one: a mentee who fits no group without breaking it
/// stays unmatched with <see cref="UnmatchedReason.GroupRequirementNotMet"/>. Pairwise strategies cannot see groups and
/// do not enforce requirements; every result reports, per group, the requirements it breaks
/// (<see cref="GroupInsight.BrokenRequirements"/>).
/// </summary>
/// <remarks>Members whose group is decided before matching (running groups, pins) are never moved to meet a requirement.
/// Same rules for implementations as <see cref="IGroupObjective"/>.</remarks>
public interface IGroupRequirement
{
    /// <summary>A short stable name, e.g. "common-meeting-slot".</summary>
    string Name { get; }

    /// <summary>Whether the group meets the requirement.</summary>
    /// <param name="group">The group.</param>
    /// <returns><see langword="true"/> when met.</returns>
    bool Allows(in GroupContext group);

    /// <summary>Says why the group meets the requirement or not (ids and counts only).</summary>
    /// <param name="group">The group.</param>
    /// <returns>A short reason.</returns>
    string Explain(in GroupContext group);
}
