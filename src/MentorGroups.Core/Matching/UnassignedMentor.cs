using MentorGroups.Participants;

namespace MentorGroups.Matching;

/// <summary>A mentor (or co-mentor) who leads no group, and why.</summary>
/// <remarks>Only the engine creates these, as part of a <see cref="MatchingResult"/>.</remarks>
public sealed class UnassignedMentor
{
    internal UnassignedMentor(ParticipantId mentor, string explanation)
    {
        Mentor = mentor;
        Explanation = explanation ?? throw new ArgumentNullException(nameof(explanation));
    }

    /// <summary>The mentor.</summary>
    public ParticipantId Mentor { get; }

    /// <summary>The reason in words (ids and counts only).</summary>
    public string Explanation { get; }
}
