using MentorGroups.Participants;

namespace MentorGroups.Matching;

/// <summary>A mentee who has no group, and why, in words a coordinator understands.</summary>
/// <remarks>Only the engine creates these, as part of a <see cref="MatchingResult"/>.</remarks>
public sealed class UnmatchedMentee
{
    internal UnmatchedMentee(ParticipantId mentee, UnmatchedReason reason, string explanation)
    {
        Mentee = mentee;
        Reason = reason;
        Explanation = explanation ?? throw new ArgumentNullException(nameof(explanation));
    }

    /// <summary>The mentee.</summary>
    public ParticipantId Mentee { get; }

    /// <summary>The kind of reason.</summary>
    public UnmatchedReason Reason { get; }

    /// <summary>The reason in words (ids and counts only).</summary>
    public string Explanation { get; }
}
