using MentorGroups.Validation;

namespace MentorGroups.Participants;

/// <summary>
/// The id an HR system gives a person. Compared ordinally (case-sensitive), exactly as the HR system wrote it.
/// </summary>
/// <remarks>Two ids are equal when their values are equal under ordinal comparison; ordering is ordinal too,
/// which is what makes every strategy's output independent of input order.</remarks>
public readonly struct ParticipantId : IEquatable<ParticipantId>, IComparable<ParticipantId>
{
    private readonly string? _value;

    /// <summary>Creates an id.</summary>
    /// <param name="value">The HR system's id; not empty or white space.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is <see langword="null"/>.</exception>
    /// <exception cref="MentorGroupsValidationException"><paramref name="value"/> is empty or white space (code <see cref="ErrorCodes.EmptyId"/>).</exception>
    public ParticipantId(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (string.IsNullOrWhiteSpace(value))
        {
            Problems.ThrowOne("participant id", ErrorCodes.EmptyId, "A participant id must not be empty.");
        }

        _value = value;
    }

    /// <summary>The id as the HR system wrote it.</summary>
    public string Value => _value ?? throw new InvalidOperationException("This participant id was never initialised (default struct value).");

    /// <summary>Whether this is the uninitialised default value.</summary>
    public bool IsDefault => _value is null;

    /// <inheritdoc/>
    public bool Equals(ParticipantId other) => string.Equals(_value, other._value, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is ParticipantId other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => _value is null ? 0 : StringComparer.Ordinal.GetHashCode(_value);

    /// <inheritdoc/>
    public int CompareTo(ParticipantId other) => string.CompareOrdinal(_value, other._value);

    /// <inheritdoc/>
    public override string ToString() => _value ?? string.Empty;

    /// <summary>Equality.</summary>
    public static bool operator ==(ParticipantId left, ParticipantId right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    public static bool operator !=(ParticipantId left, ParticipantId right) => !left.Equals(right);

    /// <summary>Ordinal ordering.</summary>
    public static bool operator <(ParticipantId left, ParticipantId right) => left.CompareTo(right) < 0;

    /// <summary>Ordinal ordering.</summary>
    public static bool operator >(ParticipantId left, ParticipantId right) => left.CompareTo(right) > 0;

    /// <summary>Ordinal ordering.</summary>
    public static bool operator <=(ParticipantId left, ParticipantId right) => left.CompareTo(right) <= 0;

    /// <summary>Ordinal ordering.</summary>
    public static bool operator >=(ParticipantId left, ParticipantId right) => left.CompareTo(right) >= 0;

    /// <summary>Creates an id from a string.</summary>
    /// <param name="value">The HR system's id.</param>
    public static implicit operator ParticipantId(string value) => new(value);

    /// <summary>Creates an id from a string (the named alternative to the implicit conversion).</summary>
    /// <param name="value">The HR system's id.</param>
    /// <returns>The id.</returns>
    public static ParticipantId FromString(string value) => new(value);
}
