
namespace MentorGroups.Engine;

/// <summary>A team a mentee may join (no hard constraint forbids it), and what the pair is worth.</summary>
/// <param name="Team">The team's index.</param>
/// <param name="Value">The pair's integer value, 1 + the score in millionths (1 to 1,000,001).</param>
public readonly record struct Candidate(int Team, int Value);
