using MentorGroups.Rules;

namespace MentorGroups.Rules.Criteria;

/// <summary>
/// A criterion with a fast path: once per request it turns the people into compact features (see
/// <see cref="MatchingPopulation"/>) and then scores a mentee against many mentors at a time, by index, without
/// allocating. Compiling a large request uses it instead of calling <see cref="IScoringCriterion.Score"/> per pair.
/// Every built-in criterion implements it; so can yours. Criteria without it still work, through the slow path.
/// </summary>
/// <remarks>
/// The prepared scores must equal what <see cref="IScoringCriterion.Score"/> returns for the same pair, bit for bit:
/// the library mixes both paths (explanations and single pairs use the slow one) and compares their results exactly.
/// </remarks>
public interface IPreparableCriterion : IScoringCriterion
{
    /// <summary>Prepares the criterion for one request.</summary>
    /// <param name="population">The request's people and shared features.</param>
    /// <returns>The prepared criterion; must be thread-safe.</returns>
    IPreparedCriterion Prepare(MatchingPopulation population);
}

/// <summary>A criterion prepared for one request: scores by index.</summary>
public interface IPreparedCriterion
{
    /// <summary>Scores one mentee against some mentors.</summary>
    /// <param name="mentee">The mentee's index in <see cref="MatchingPopulation.Mentees"/>.</param>
    /// <param name="mentors">Indexes in <see cref="MatchingPopulation.Mentors"/>.</param>
    /// <param name="scores">Receives the score of each mentor, in the same order; as long as <paramref name="mentors"/>.</param>
    void Score(int mentee, ReadOnlySpan<int> mentors, Span<double> scores);
}
