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
/// <remarks>The engine builds these; build one yourself to test a constraint.</remarks>
public readonly struct MemberPair
{
    /// <summary>Creates a pair.</summary>
    /// <param name="first">One person (for mentor–mentee checks, the mentor).</param>
    /// <param name="second">The other person.</param>
    /// <param name="programme">The programme.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public MemberPair(Enrolment first, Enrolment second, Programme programme)
    {
        First = first ?? throw new ArgumentNullException(nameof(first));
        Second = second ?? throw new ArgumentNullException(nameof(second));
        Programme = programme ?? throw new ArgumentNullException(nameof(programme));
    }

    /// <summary>One person (for mentor–mentee checks, the mentor).</summary>
    public Enrolment First { get; }

    /// <summary>The other person.</summary>
    public Enrolment Second { get; }

    /// <summary>The programme.</summary>
    public Programme Programme { get; }

    /// <summary>Whether one is a mentor and the other a mentee.</summary>
    public bool IsMentorAndMentee => First.IsMentor != Second.IsMentor;
}
