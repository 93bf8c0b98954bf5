using MentorGroups.Rules.Objectives;

namespace MentorGroups.Rules.Requirements;

/// <summary>
/// Every group the optimiser forms has a meeting time that suits every member who gave availability (see
/// <see cref="GroupMeetingFit"/>). Groups where nobody gave availability meet it: missing data does not block.
/// </summary>
public sealed class CommonMeetingSlotRequirement : IGroupRequirement
{
    /// <inheritdoc/>
    public string Name => CommonMeetingSlotObjective.DefaultName;

    /// <inheritdoc/>
    public bool Allows(in GroupContext group) => group.Meeting.IsUnknown || group.Meeting.HasCommonSlot;

    /// <inheritdoc/>
    public string Explain(in GroupContext group) => CommonMeetingSlotObjective.Describe(group.Meeting);
}
