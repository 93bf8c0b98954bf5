using MentorGroups.Enrolments;
using MentorGroups.Programmes;

namespace MentorGroups.Rules.Criteria;

/// <summary>
/// One reason two people fit: scores a mentor–mentee pair from 0 (no fit) to 1 (best fit), and says why in a short
/// sentence a coordinator understands. Implement it to add your own criterion.
/// </summary>
/// <remarks>
/// <see cref="Score"/> is on the hot path (called for every candidate pair): keep it allocation-free and thread-safe.
/// <see cref="Explain"/> is called only for pairs that end up together. When information is missing (for example no
/// languages given), return a neutral 0.5 rather than punishing the pair.
/// </remarks>
public interface IScoringCriterion
{
    /// <summary>A short stable name, e.g. "expertise"; shown in score breakdowns.</summary>
    string Name { get; }

    /// <summary>Scores the pair.</summary>
    /// <param name="pair">The mentor and mentee.</param>
    /// <returns>A score from 0 to 1.</returns>
    double Score(in CandidatePair pair);

    /// <summary>Says why the pair scored as it did, without personal data beyond tags (no names, no free text).</summary>
    /// <param name="pair">The mentor and mentee.</param>
    /// <returns>A short reason, e.g. "mentor's expertise covers 2 of 3 goals (negotiation, leadership)".</returns>
    string Explain(in CandidatePair pair);
}

/// <summary>A mentor and a mentee being considered together, with the programme they are in.</summary>
/// <remarks>The engine builds these; build one yourself to test a criterion.</remarks>
public readonly struct CandidatePair
{
    /// <summary>Creates a pair.</summary>
    /// <param name="mentor">The mentor's enrolment.</param>
    /// <param name="mentee">The mentee's enrolment.</param>
    /// <param name="programme">The programme.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public CandidatePair(Enrolment mentor, Enrolment mentee, Programme programme)
    {
        Mentor = mentor ?? throw new ArgumentNullException(nameof(mentor));
        Mentee = mentee ?? throw new ArgumentNullException(nameof(mentee));
        Programme = programme ?? throw new ArgumentNullException(nameof(programme));
    }

    /// <summary>The mentor's enrolment.</summary>
    public Enrolment Mentor { get; }

    /// <summary>The mentee's enrolment.</summary>
    public Enrolment Mentee { get; }

    /// <summary>The programme.</summary>
    public Programme Programme { get; }
}
