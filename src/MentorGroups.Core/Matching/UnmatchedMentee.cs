using MentorGroups.Participants;

namespace MentorGroups.Matching;

/// <summary>A mentee who has no group, and why, in words a coordinator understands.</summary>
/// <remarks>The engine explains every mentee it leaves out; a strategy that leaves someone out for its own reason says
/// why with one of these (see <see cref="Engine.MatchingProblem.CreateResult"/>).</remarks>
public sealed class UnmatchedMentee
{
    /// <summary>Creates the reason a mentee has no group.</summary>
    /// <param name="mentee">The mentee.</param>
    /// <param name="reason">The kind of reason.</param>
    /// <param name="explanation">The reason in words (ids and counts only).</param>
    /// <exception cref="ArgumentNullException"><paramref name="explanation"/> is <see langword="null"/>.</exception>
    public UnmatchedMentee(ParticipantId mentee, UnmatchedReason reason, string explanation)
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
