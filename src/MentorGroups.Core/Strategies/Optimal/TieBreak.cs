namespace MentorGroups.Strategies.Optimal;

/// <summary>
/// Turns pair values into the costs the solver optimises, so that among placements of equal total value it chooses by
/// a rule that does not depend on which candidates the lists hold: each pair is worth <c>value × Scale + tie</c>, where
/// <c>tie</c> is a fixed pseudo-random number in <c>[0, range)</c> computed from the mentee and team indexes only.
/// </summary>
/// <remarks>
/// <para>
/// Scale is the mentee count times the range, above any sum of ties a placement can have (one tie per placed mentee),
/// so a placement of greater total value always wins and the optimum of the values is kept exactly. Among the
/// placements of that optimum the one with the largest sum of ties wins. With ties drawn from a range this wide that
/// placement is unique except for an exact coincidence of two sums (the isolation lemma bounds the chance by pairs
/// over range), so a solver that finds the optimum on bounded lists and proves it over every allowed pair returns the
/// very placement it would return on the full lists.
/// </para>
/// <para>Scaled values stay below 2^60, so distances and prices (bounded by the largest value) never overflow.</para>
/// </remarks>
internal readonly struct TieBreak
{
    /// <summary>The largest pair value the solver accepts (compiled values reach one million and two).</summary>
    public const int MaxValue = 1 << 24;

    private const long ScaleCeiling = 1L << 36;

    private readonly long _range;

    /// <summary>Sizes the ties for a problem with this many mentees.</summary>
    /// <param name="menteeCount">How many mentees the problem has (at least one is assumed).</param>
    public TieBreak(int menteeCount)
    {
        var n = Math.Max(1, menteeCount);
        _range = ScaleCeiling / n;
        Scale = _range * n;
    }

    /// <summary>What one unit of pair value is worth in solver costs.</summary>
    public long Scale { get; }

    /// <summary>The solver cost of placing the mentee in the team, for a pair of this value.</summary>
    /// <param name="mentee">The mentee's index.</param>
    /// <param name="team">The team's index.</param>
    /// <param name="value">The pair's value (1 to <see cref="MaxValue"/>).</param>
    /// <returns>The scaled value with the pair's tie added.</returns>
    public long Cost(int mentee, int team, int value) => (value * Scale) + Tie(mentee, team);

    /// <summary>The largest solver cost any pair of at most this value can have.</summary>
    /// <param name="value">A bound on the pair's value.</param>
    /// <returns>The bound in solver costs.</returns>
    public long CostCeiling(int value) => (value * Scale) + _range - 1;

    /// <summary>The pair value a solver cost stands for.</summary>
    /// <param name="cost">A cost from <see cref="Cost"/>.</param>
    /// <returns>The value.</returns>
    public long ValueOf(long cost) => cost / Scale;

    private long Tie(int mentee, int team)
    {
        // SplitMix64's finaliser over both indexes: well spread, and the same on every platform and run.
        var z = unchecked(((ulong)(uint)mentee << 32) | (uint)team);
        z = unchecked((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL);
        z = unchecked((z ^ (z >> 27)) * 0x94D049BB133111EBUL);
        z ^= z >> 31;
        return (long)(z % (ulong)_range);
    }
}
