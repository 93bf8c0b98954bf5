namespace MentorGroups.Policies;

/// <summary>One limit of a <see cref="GroupSizePolicy"/>: a value, whether it is hard or a recommendation, and why it exists.</summary>
/// <remarks>Equal when value, kind and rationale are equal.</remarks>
public readonly record struct SizeLimit
{
    /// <summary>Creates a limit.</summary>
    /// <param name="value">The limit.</param>
    /// <param name="kind">Hard (error) or recommendation (warning).</param>
    /// <param name="rationale">Why the limit exists, in words a coordinator reads in a warning; <see langword="null"/> for none.</param>
    public SizeLimit(int value, LimitKind kind = LimitKind.Hard, string? rationale = null)
    {
        Value = value;
        Kind = kind;
        Rationale = rationale;
    }

    /// <summary>The limit.</summary>
    public int Value { get; }

    /// <summary>Hard (error) or recommendation (warning).</summary>
    public LimitKind Kind { get; }

    /// <summary>Why the limit exists, in words a coordinator reads in a warning; <see langword="null"/> for none.</summary>
    public string? Rationale { get; }

    /// <summary>A hard limit.</summary>
    /// <param name="value">The limit.</param>
    /// <param name="rationale">Why it exists.</param>
    /// <returns>The limit.</returns>
    public static SizeLimit Hard(int value, string? rationale = null) => new(value, LimitKind.Hard, rationale);

    /// <summary>A recommendation: breaking it yields a warning.</summary>
    /// <param name="value">The limit.</param>
    /// <param name="rationale">Why it exists.</param>
    /// <returns>The limit.</returns>
    public static SizeLimit Recommended(int value, string? rationale = null) => new(value, LimitKind.Recommendation, rationale);

    /// <summary>Whether breaking the limit is an error.</summary>
    public bool IsHard => Kind == LimitKind.Hard;

    /// <summary>A hard limit with the given value.</summary>
    /// <param name="value">The value.</param>
    public static implicit operator SizeLimit(int value) => new(value);

    /// <summary>A hard limit with the given value (the named alternative to the implicit conversion).</summary>
    /// <param name="value">The value.</param>
    /// <returns>The limit.</returns>
    public static SizeLimit FromInt32(int value) => new(value);

    /// <summary>Formats as "5 (hard)" or "5 (recommended)".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Value} ({(IsHard ? "hard" : "recommended")})";
}
