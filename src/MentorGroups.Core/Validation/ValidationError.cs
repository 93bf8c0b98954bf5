namespace MentorGroups.Validation;

/// <summary>
/// One problem found while validating input: a stable machine-readable code, a message a person can act on,
/// and what it concerns.
/// </summary>
/// <param name="Code">A stable code from <see cref="ErrorCodes"/>; safe to switch on, never reworded.</param>
/// <param name="Message">What is wrong, in words a coordinator or developer understands.</param>
/// <param name="Target">What the problem concerns (a field, a participant id, a group id), or <see langword="null"/>.</param>
public sealed record ValidationError(string Code, string Message, string? Target = null)
{
    /// <summary>A stable code from <see cref="ErrorCodes"/>; safe to switch on, never reworded.</summary>
    /// <exception cref="ArgumentNullException">The value is <see langword="null"/>.</exception>
    public string Code { get; init; } = Code ?? throw new ArgumentNullException(nameof(Code));

    /// <summary>What is wrong, in words a coordinator or developer understands.</summary>
    /// <exception cref="ArgumentNullException">The value is <see langword="null"/>.</exception>
    public string Message { get; init; } = Message ?? throw new ArgumentNullException(nameof(Message));

    /// <summary>Formats the error as <c>[code] target: message</c>.</summary>
    /// <returns>A one-line description of the problem.</returns>
    public override string ToString() =>
        Target is null ? $"[{Code}] {Message}" : $"[{Code}] {Target}: {Message}";
}
