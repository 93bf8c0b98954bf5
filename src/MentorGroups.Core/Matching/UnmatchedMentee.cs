using MentorGroups.Participants;

namespace MentorGroups.Matching;

/// <summary>A mentee who has no group, and why, in words a coordinator understands.</summary>
/// <param name="Mentee">The mentee.</param>
/// <param name="Reason">The kind of reason.</param>
/// <param name="Explanation">The reason in words (ids and counts only).</param>
public sealed record UnmatchedMentee(ParticipantId Mentee, UnmatchedReason Reason, string Explanation)
{
    /// <summary>The reason in words (ids and counts only).</summary>
    /// <exception cref="ArgumentNullException">The value is <see langword="null"/>.</exception>
    public string Explanation { get; init; } = Explanation ?? throw new ArgumentNullException(nameof(Explanation));
}
