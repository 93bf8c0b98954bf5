namespace MentorGroups.Matching;

/// <summary>How one group did on one group objective.</summary>
/// <param name="Objective">The objective's name.</param>
/// <param name="Weight">Its weight in the request.</param>
/// <param name="Score">The score from 0 to 1.</param>
/// <param name="Reason">Why, in ids, counts and tags only.</param>
public sealed record GroupObjectiveScore(string Objective, double Weight, double Score, string Reason);
