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
    /// <summary>A stable code from <see cref="FindingCodes"/>.</summary>
    /// <exception cref="ArgumentNullException">The value is <see langword="null"/>.</exception>
    public string Code { get; init; } = Code ?? throw new ArgumentNullException(nameof(Code));

    /// <summary>What and why, for a coordinator.</summary>
    /// <exception cref="ArgumentNullException">The value is <see langword="null"/>.</exception>
    public string Message { get; init; } = Message ?? throw new ArgumentNullException(nameof(Message));

    /// <summary>The people concerned (ids only).</summary>
    /// <exception cref="ArgumentNullException">The value is <see langword="null"/>.</exception>
    public IReadOnlyList<ParticipantId> People { get; init; } = People ?? throw new ArgumentNullException(nameof(People));

    /// <summary>Formats as "Warning size.ratio-above-max G1: message".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => GroupId is null
        ? $"{Severity} {Code}: {Message}"
        : $"{Severity} {Code} {GroupId}: {Message}";
}
