using MentorGroups.Validation;

namespace MentorGroups.Programmes;

/// <summary>The id of a programme. Compared ordinally.</summary>
public readonly record struct ProgrammeId
{
    /// <summary>Creates an id.</summary>
    /// <param name="value">Not empty or white space.</param>
    /// <exception cref="MentorGroupsValidationException"><paramref name="value"/> is empty (code <see cref="ErrorCodes.EmptyId"/>).</exception>
    public ProgrammeId(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (string.IsNullOrWhiteSpace(value))
        {
            Problems.ThrowOne("programme id", ErrorCodes.EmptyId, "A programme id must not be empty.");
        }

        Value = value;
    }

    /// <summary>The id.</summary>
    public string Value { get; }

    /// <inheritdoc/>
    public bool Equals(ProgrammeId other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override int GetHashCode() => Value is null ? 0 : StringComparer.Ordinal.GetHashCode(Value);

    /// <inheritdoc/>
    public override string ToString() => Value ?? string.Empty;
}
