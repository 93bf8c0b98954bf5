using MentorGroups.Rules;

namespace MentorGroups.Rules.Constraints;

/// <summary>
/// A hard constraint with a fast path for mentor–mentee pairs: prepared once per request, it then rules on one mentee
/// against every mentor at once. Compiling a large request uses it instead of calling
/// <see cref="IHardConstraint.Allows"/> per pair. Every built-in constraint implements it; so can yours.
/// </summary>
/// <remarks>
/// The prepared answer must equal <see cref="IHardConstraint.Allows"/> for the pair (mentor first, mentee second).
/// Pairs of two mentees are always checked through <see cref="IHardConstraint.Allows"/>.
/// </remarks>
public interface IPreparableConstraint : IHardConstraint
{
    /// <summary>Prepares the constraint for one request.</summary>
    /// <param name="population">The request's people and shared features.</param>
    /// <returns>The prepared constraint; must be thread-safe.</returns>
    IPreparedConstraint Prepare(MatchingPopulation population);
}

/// <summary>A constraint prepared for one request: rules by index.</summary>
public interface IPreparedConstraint
{
    /// <summary>Clears the entries of the mentors the constraint keeps away from the mentee (never sets one).</summary>
    /// <param name="mentee">The mentee's index in <see cref="MatchingPopulation.Mentees"/>.</param>
    /// <param name="allowed">One entry per mentor, by index in <see cref="MatchingPopulation.Mentors"/>.</param>
    void Filter(int mentee, Span<bool> allowed);
}
