namespace MentorGroups.Engine;

/// <summary>A team a mentee may join (no hard constraint forbids it), and what the pair is worth.</summary>
public readonly struct Candidate
{
    /// <summary>Creates a candidate.</summary>
    /// <param name="team">The team's index.</param>
    /// <param name="value">The pair's integer value, <see cref="MatchingProblem.ToValue"/> of its score.</param>
    public Candidate(int team, int value)
    {
        Team = team;
        Value = value;
    }

    /// <summary>The team's index.</summary>
    public int Team { get; }

    /// <summary>The pair's integer value, 1 + the score in millionths (1 to 1,000,001).</summary>
    public int Value { get; }
}
