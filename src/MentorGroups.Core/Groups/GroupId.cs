using MentorGroups.Validation;

namespace MentorGroups.Groups;

/// <summary>The id of a group, e.g. "G001". Compared ordinally.</summary>
public readonly record struct GroupId : IComparable<GroupId>
{
    /// <summary>Creates an id.</summary>
    /// <param name="value">Not empty or white space.</param>
    /// <exception cref="MentorGroupsValidationException"><paramref name="value"/> is empty (code <see cref="ErrorCodes.EmptyId"/>).</exception>
    public GroupId(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (string.IsNullOrWhiteSpace(value))
        {
            Problems.ThrowOne("group id", ErrorCodes.EmptyId, "A group id must not be empty.");
        }

        Value = value;
    }

    /// <summary>The id.</summary>
    public string Value { get; }

    /// <inheritdoc/>
    public int CompareTo(GroupId other) => string.CompareOrdinal(Value, other.Value);

    /// <inheritdoc/>
    public bool Equals(GroupId other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override int GetHashCode() => Value is null ? 0 : StringComparer.Ordinal.GetHashCode(Value);

    /// <inheritdoc/>
    public override string ToString() => Value ?? string.Empty;

    /// <summary>Ordinal ordering.</summary>
    public static bool operator <(GroupId left, GroupId right) => left.CompareTo(right) < 0;

    /// <summary>Ordinal ordering.</summary>
    public static bool operator >(GroupId left, GroupId right) => left.CompareTo(right) > 0;

    /// <summary>Ordinal ordering.</summary>
    public static bool operator <=(GroupId left, GroupId right) => left.CompareTo(right) <= 0;

    /// <summary>Ordinal ordering.</summary>
    public static bool operator >=(GroupId left, GroupId right) => left.CompareTo(right) >= 0;

    /// <summary>Creates an id from a string.</summary>
    /// <param name="value">The id.</param>
    public static implicit operator GroupId(string value) => new(value);

    /// <summary>Creates an id from a string (the named alternative to the implicit conversion).</summary>
    /// <param name="value">The id.</param>
    /// <returns>The id.</returns>
    public static GroupId FromString(string value) => new(value);
}
