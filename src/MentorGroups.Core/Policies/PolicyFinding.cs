using MentorGroups.Groups;
using MentorGroups.Participants;

namespace MentorGroups.Policies;

/// <summary>
/// One thing a policy evaluation noticed about a group or a set of groups: how serious, a stable code,
/// a message that says why it matters, and who it concerns.
/// </summary>
/// <remarks>Only <see cref="GroupSizePolicy.Evaluate(MentoringGroup)"/> and the engine create findings.</remarks>
public sealed class PolicyFinding
{
    internal PolicyFinding(FindingSeverity severity, string code, string message, GroupId? groupId, IReadOnlyList<ParticipantId> people)
    {
        Severity = severity;
        Code = code ?? throw new ArgumentNullException(nameof(code));
        Message = message ?? throw new ArgumentNullException(nameof(message));
        GroupId = groupId;
        People = people ?? throw new ArgumentNullException(nameof(people));
    }

    /// <summary>How serious.</summary>
    public FindingSeverity Severity { get; }

    /// <summary>A stable code from <see cref="FindingCodes"/>.</summary>
    public string Code { get; }

    /// <summary>What and why, for a coordinator.</summary>
    public string Message { get; }

    /// <summary>The group concerned, or <see langword="null"/> for the whole set.</summary>
    public GroupId? GroupId { get; }

    /// <summary>The people concerned (ids only).</summary>
    public IReadOnlyList<ParticipantId> People { get; }

    /// <summary>Formats as "Warning size.ratio-above-max G1: message".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => GroupId is null
        ? $"{Severity} {Code}: {Message}"
        : $"{Severity} {Code} {GroupId}: {Message}";
}
