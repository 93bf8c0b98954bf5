using MentorGroups.Validation;

namespace MentorGroups.Tests.Validation;

public class ValidationErrorTests
{
    [Fact]
    public void ToString_WithTarget_FormatsCodeTargetAndMessage() =>
        Assert.Equal("[id.empty] E1: Something is wrong.", new ValidationError(ErrorCodes.EmptyId, "Something is wrong.", "E1").ToString());

    [Fact]
    public void ToString_WithoutTarget_FormatsCodeAndMessage() =>
        Assert.Equal("[id.empty] Something is wrong.", new ValidationError(ErrorCodes.EmptyId, "Something is wrong.").ToString());

    [Fact]
    public void Equals_SameParts_AreEqual() =>
        Assert.Equal(new ValidationError("a", "b", "c"), new ValidationError("a", "b", "c"));
}
