namespace MentorGroups.Matching;

/// <summary>What one criterion contributed to a placement's score.</summary>
/// <param name="Criterion">The criterion's name.</param>
/// <param name="Weight">Its weight.</param>
/// <param name="Score">Its score from 0 to 1 (the mean over the group's mentors).</param>
/// <param name="Contribution">Its share of the total: weight × score ÷ sum of weights.</param>
/// <param name="Reason">Why it scored so, e.g. "common language: en".</param>
public sealed record CriterionContribution(string Criterion, double Weight, double Score, double Contribution, string Reason);
