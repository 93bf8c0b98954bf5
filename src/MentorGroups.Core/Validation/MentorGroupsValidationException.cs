using System.Text;

namespace MentorGroups.Validation;

/// <summary>
/// The one exception the library throws for bad input. It lists every problem found, not just the first,
/// each with a stable code, so a caller can fix all of them in one go. Nothing is half-built when it is thrown.
/// </summary>
public sealed class MentorGroupsValidationException : Exception
{
    /// <summary>Creates the exception for the given problems.</summary>
    /// <param name="subject">What was being validated, e.g. "participant" or "matching request".</param>
    /// <param name="errors">The problems; at least one.</param>
    /// <exception cref="ArgumentNullException"><paramref name="subject"/> or <paramref name="errors"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="errors"/> is empty.</exception>
    public MentorGroupsValidationException(string subject, IEnumerable<ValidationError> errors)
        : this(subject, errors?.ToArray() ?? throw new ArgumentNullException(nameof(errors)))
    {
    }

    private MentorGroupsValidationException(string subject, ValidationError[] errors)
        : base(FormatMessage(subject, errors))
    {
        Subject = subject;
        Errors = errors;
    }

    /// <summary>What was being validated, e.g. "participant" or "matching request".</summary>
    public string Subject { get; }

    /// <summary>Every problem found, in the order they were found.</summary>
    public IReadOnlyList<ValidationError> Errors { get; }

    /// <summary>The distinct codes of <see cref="Errors"/>, handy in tests and for mapping to HTTP problem details.</summary>
    public IReadOnlyList<string> Codes => Errors.Select(e => e.Code).Distinct(StringComparer.Ordinal).ToArray();

    private static string FormatMessage(string subject, ValidationError[] errors)
    {
        ArgumentNullException.ThrowIfNull(subject);
        if (errors.Length == 0)
        {
            throw new ArgumentException("At least one validation error is required.", nameof(errors));
        }

        var text = new StringBuilder();
        text.Append("Invalid ").Append(subject).Append(": ")
            .Append(errors.Length).Append(errors.Length == 1 ? " problem." : " problems.");
        foreach (var error in errors)
        {
            text.Append('\n').Append("- ").Append(error);
        }

        return text.ToString();
    }
}
