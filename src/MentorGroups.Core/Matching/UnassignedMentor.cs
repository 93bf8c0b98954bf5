using MentorGroups.Participants;

namespace MentorGroups.Matching;

/// <summary>A mentor (or co-mentor) who leads no group, and why.</summary>
/// <param name="Mentor">The mentor.</param>
/// <param name="Explanation">The reason in words (ids and counts only).</param>
public sealed record UnassignedMentor(ParticipantId Mentor, string Explanation)
{
    /// <summary>The reason in words (ids and counts only).</summary>
    /// <exception cref="ArgumentNullException">The value is <see langword="null"/>.</exception>
    public string Explanation { get; init; } = Explanation ?? throw new ArgumentNullException(nameof(Explanation));
}
