using MentorGroups.Enrolments;
using MentorGroups.Programmes;

namespace MentorGroups.Rules.Constraints;

/// <summary>
/// A rule no group may break, checked for every two people who would share a group (mentor with mentee, mentee with
/// mentee, lead with co-mentor). Implement it to add your own rule.
/// </summary>
/// <remarks><see cref="Allows"/> is on the hot path: keep it allocation-free and thread-safe.</remarks>
public interface IHardConstraint
{
    /// <summary>A short stable name, e.g. "line-manager"; shown when it keeps people apart.</summary>
    string Name { get; }

    /// <summary>Whether the two people may share a group.</summary>
    /// <param name="pair">The two people.</param>
    /// <returns><see langword="true"/> when allowed.</returns>
    bool Allows(in MemberPair pair);

    /// <summary>Says why the two may not share a group (ids only, no names).</summary>
    /// <param name="pair">The two people.</param>
    /// <returns>A short reason.</returns>
    string Explain(in MemberPair pair);
}

/// <summary>Two people who would share a group, with the programme.</summary>
/// <param name="First">One person (for mentor–mentee checks, the mentor).</param>
/// <param name="Second">The other person.</param>
/// <param name="Programme">The programme.</param>
public readonly record struct MemberPair(Enrolment First, Enrolment Second, Programme Programme)
{
    /// <summary>One person (for mentor–mentee checks, the mentor).</summary>
    /// <exception cref="ArgumentNullException">The value is <see langword="null"/>.</exception>
    public Enrolment First { get; init; } = First ?? throw new ArgumentNullException(nameof(First));

    /// <summary>The other person.</summary>
    /// <exception cref="ArgumentNullException">The value is <see langword="null"/>.</exception>
    public Enrolment Second { get; init; } = Second ?? throw new ArgumentNullException(nameof(Second));

    /// <summary>The programme.</summary>
    /// <exception cref="ArgumentNullException">The value is <see langword="null"/>.</exception>
    public Programme Programme { get; init; } = Programme ?? throw new ArgumentNullException(nameof(Programme));

    /// <summary>Whether one is a mentor and the other a mentee.</summary>
    public bool IsMentorAndMentee => First.IsMentor != Second.IsMentor;
}
