using MentorGroups.Validation;

namespace MentorGroups.Tests.Support;

/// <summary>One way for every test to say "this input is rejected, with these codes".</summary>
internal static class Expect
{
    public static MentorGroupsValidationException Invalid(Action act) =>
        Assert.Throws<MentorGroupsValidationException>(act);

    public static MentorGroupsValidationException Invalid(Func<object?> act) =>
        Assert.Throws<MentorGroupsValidationException>(act);

    /// <summary>Asserts the exception lists exactly these codes, in this order (repeats included).</summary>
    public static MentorGroupsValidationException WithCodes(this MentorGroupsValidationException ex, params string[] codes)
    {
        Assert.Equal(codes, ex.Errors.Select(e => e.Code));
        return ex;
    }

    /// <summary>Asserts the single error's code, target and message.</summary>
    public static MentorGroupsValidationException WithSingle(this MentorGroupsValidationException ex, string code, string? target, string message)
    {
        var error = Assert.Single(ex.Errors);
        Assert.Equal(new ValidationError(code, message, target), error);
        return ex;
    }
}
