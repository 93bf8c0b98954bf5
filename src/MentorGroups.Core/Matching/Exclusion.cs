using MentorGroups.Participants;

namespace MentorGroups.Matching;

/// <summary>Two people who must not share a group (e.g. a conflict a coordinator knows about). Symmetric.</summary>
/// <param name="First">One person.</param>
/// <param name="Second">The other person.</param>
/// <param name="Reason">Why, in words safe to show a coordinator (no personal details); <see langword="null"/> for none.</param>
public sealed record Exclusion(ParticipantId First, ParticipantId Second, string? Reason = null)
{
    /// <summary>Whether the exclusion concerns these two people, in either order.</summary>
    /// <param name="a">One person.</param>
    /// <param name="b">The other person.</param>
    /// <returns><see langword="true"/> when it does.</returns>
    public bool Concerns(ParticipantId a, ParticipantId b) => (First == a && Second == b) || (First == b && Second == a);
}
