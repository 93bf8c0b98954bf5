using MentorGroups.Groups;
using MentorGroups.Participants;

namespace MentorGroups.Policies;

/// <summary>
/// One thing a policy evaluation noticed about a group or a set of groups: how serious, a stable code,
/// a message that says why it matters, and who it concerns.
/// </summary>
/// <param name="Severity">How serious.</param>
/// <param name="Code">A stable code from <see cref="FindingCodes"/>.</param>
/// <param name="Message">What and why, for a coordinator.</param>
/// <param name="GroupId">The group concerned, or <see langword="null"/> for the whole set.</param>
/// <param name="People">The people concerned (ids only).</param>
public sealed record PolicyFinding(
    FindingSeverity Severity,
    string Code,
    string Message,
    GroupId? GroupId,
    IReadOnlyList<ParticipantId> People)
{
    /// <summary>Formats as "Warning size.ratio-above-max G1: message".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => GroupId is null
        ? $"{Severity} {Code}: {Message}"
        : $"{Severity} {Code} {GroupId}: {Message}";
}
