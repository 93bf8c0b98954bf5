namespace MentorGroups.Validation;

/// <summary>
/// Collects validation problems so that every factory reports all of them at once, in the same words.
/// </summary>
internal sealed class Problems
{
    private List<ValidationError>? _errors;

    public bool Any => _errors is { Count: > 0 };

    public IReadOnlyList<ValidationError> Errors => (IReadOnlyList<ValidationError>?)_errors ?? [];

    public void Add(string code, string message, string? target = null) =>
        (_errors ??= []).Add(new ValidationError(code, message, target));

    public void AddRange(IEnumerable<ValidationError> errors) => (_errors ??= []).AddRange(errors);

    /// <summary>Runs a nested factory and records its problems instead of stopping at the first.</summary>
    public T? Capture<T>(Func<T> factory)
    {
        try
        {
            return factory();
        }
        catch (MentorGroupsValidationException ex)
        {
            AddRange(ex.Errors);
            return default;
        }
    }

    public void ThrowIfAny(string subject)
    {
        if (Any)
        {
            throw new MentorGroupsValidationException(subject, _errors!);
        }
    }

    public static void ThrowOne(string subject, string code, string message, string? target = null) =>
        throw new MentorGroupsValidationException(subject, [new ValidationError(code, message, target)]);
}
