using MentorGroups.Participants;

namespace MentorGroups.Matching;

/// <summary>Two people who must not share a group (e.g. a conflict a coordinator knows about). Symmetric.</summary>
public sealed class Exclusion
{
    /// <summary>Creates an exclusion.</summary>
    /// <param name="first">One person.</param>
    /// <param name="second">The other person.</param>
    /// <param name="reason">Why, in words safe to show a coordinator (no personal details); <see langword="null"/> for none.</param>
    public Exclusion(ParticipantId first, ParticipantId second, string? reason = null)
    {
        First = first;
        Second = second;
        Reason = reason;
    }

    /// <summary>One person.</summary>
    public ParticipantId First { get; }

    /// <summary>The other person.</summary>
    public ParticipantId Second { get; }

    /// <summary>Why, in words safe to show a coordinator (no personal details); <see langword="null"/> for none.</summary>
    public string? Reason { get; }
}
