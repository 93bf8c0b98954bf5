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
    /// <summary>Formats the error as <c>[code] target: message</c>.</summary>
    /// <returns>A one-line description of the problem.</returns>
    public override string ToString() =>
        Target is null ? $"[{Code}] {Message}" : $"[{Code}] {Target}: {Message}";
}
