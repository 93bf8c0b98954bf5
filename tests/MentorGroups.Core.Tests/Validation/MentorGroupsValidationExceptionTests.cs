using MentorGroups.Participants;
using MentorGroups.Validation;

namespace MentorGroups.Tests.Validation;

public class MentorGroupsValidationExceptionTests
{
    [Fact]
    public void Message_OneError_SaysOneProblem()
    {
        var ex = new MentorGroupsValidationException("participant", [new ValidationError(ErrorCodes.EmptyId, "A participant id must not be empty.")]);

        Assert.Equal("Invalid participant: 1 problem.\n- [id.empty] A participant id must not be empty.", ex.Message);
    }

    [Fact]
    public void Message_SeveralErrors_ListsEveryOneInOrder()
    {
        var ex = new MentorGroupsValidationException("participant",
        [
            new ValidationError(ErrorCodes.NegativeSeniority, "Seniority level must be zero or more; got -1.", "E1"),
            new ValidationError(ErrorCodes.EmptyTag, "Tag 2 is empty."),
        ]);

        Assert.Equal(
            "Invalid participant: 2 problems.\n"
            + "- [participant.seniority-negative] E1: Seniority level must be zero or more; got -1.\n"
            + "- [tag.empty] Tag 2 is empty.",
            ex.Message);
    }

    [Fact]
    public void Properties_KeepSubjectErrorsAndDistinctCodes()
    {
        ValidationError[] errors =
        [
            new(ErrorCodes.EmptyTag, "Tag 1 is empty."),
            new(ErrorCodes.EmptyTag, "Tag 2 is empty."),
            new(ErrorCodes.EmptyId, "No id."),
        ];

        var ex = new MentorGroupsValidationException("tags", errors);

        Assert.Equal("tags", ex.Subject);
        Assert.Equal(errors, ex.Errors);
        Assert.Equal([ErrorCodes.EmptyTag, ErrorCodes.EmptyId], ex.Codes);
    }

    [Fact]
    public void Constructor_NoErrors_ThrowsArgumentException() =>
        Assert.Throws<ArgumentException>(() => new MentorGroupsValidationException("x", []));

    [Fact]
    public void Constructor_NullErrors_ThrowsArgumentNullException() =>
        Assert.Throws<ArgumentNullException>(() => new MentorGroupsValidationException("x", null!));

    [Fact]
    public void Message_FromALibraryCall_HasALineWithCodeTargetAndMessageOfEveryError()
    {
        var ex = Assert.Throws<MentorGroupsValidationException>(() =>
            Participant.Builder("E1").WithLearningGoals(" ").ReportingTo("E1").AtSeniority(-2).InTimeZone("Nowhere/Else").Build());

        var lines = ex.Message.Split('\n');
        Assert.True(ex.Errors.Count >= 4, $"expected at least four problems, got {ex.Errors.Count}");
        Assert.Equal(ex.Errors.Count + 1, lines.Length);
        foreach (var error in ex.Errors)
        {
            Assert.Contains(lines, line => line.Contains(error.Code, StringComparison.Ordinal)
                && line.Contains(error.Message, StringComparison.Ordinal)
                && (error.Target is null || line.Contains(error.Target, StringComparison.Ordinal)));
        }
    }
}
