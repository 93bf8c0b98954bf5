using MentorGroups.Policies;
using MentorGroups.Programmes;
using MentorGroups.Tests.Support;
using MentorGroups.Validation;

namespace MentorGroups.Tests.Programmes;

public class ProgrammeTests
{
    // The lifecycle written out independently of ProgrammeLifecycle, so a change to the table breaks a test.
    private static readonly (ProgrammeStatus From, ProgrammeStatus To)[] LegalMoves =
    [
        (ProgrammeStatus.Draft, ProgrammeStatus.Enrolling),
        (ProgrammeStatus.Draft, ProgrammeStatus.Cancelled),
        (ProgrammeStatus.Enrolling, ProgrammeStatus.Matching),
        (ProgrammeStatus.Enrolling, ProgrammeStatus.Cancelled),
        (ProgrammeStatus.Matching, ProgrammeStatus.Running),
        (ProgrammeStatus.Matching, ProgrammeStatus.Enrolling),
        (ProgrammeStatus.Matching, ProgrammeStatus.Cancelled),
        (ProgrammeStatus.Running, ProgrammeStatus.Completed),
        (ProgrammeStatus.Running, ProgrammeStatus.Matching),
        (ProgrammeStatus.Running, ProgrammeStatus.Cancelled),
    ];

    public static TheoryData<ProgrammeStatus, ProgrammeStatus> Legal => new(LegalMoves.Select(m => (m.From, m.To)));

    public static TheoryData<ProgrammeStatus, ProgrammeStatus> Illegal => new(
        from f in Enum.GetValues<ProgrammeStatus>()
        from t in Enum.GetValues<ProgrammeStatus>()
        where !LegalMoves.Contains((f, t))
        select (f, t));

    private static Programme Make(ProgrammeStatus status) =>
        Programme.Builder("P1", "Graduates")
            .WithPurpose("purpose")
            .WithSharedLearningGoal("goal", "career start")
            .RunningFrom(new DateOnly(2025, 1, 1), new DateOnly(2025, 12, 31))
            .WithGuidelines("g")
            .WithTopics("t")
            .WithSizePolicy(GroupSizePolicy.CommonForm)
            .InStatus(status)
            .Build();

    [Theory]
    [MemberData(nameof(Legal))]
    public void TransitionTo_LegalMove_ReturnsACopyInTheNewStatus(ProgrammeStatus from, ProgrammeStatus to)
    {
        var before = Make(from);

        var after = before.TransitionTo(to);

        Assert.Equal(to, after.Status);
        Assert.Equal(from, before.Status);
        Assert.Equal(before.Id, after.Id);
        Assert.Equal(before.Name, after.Name);
        Assert.Equal(before.Purpose, after.Purpose);
        Assert.Equal(before.SharedLearningGoal, after.SharedLearningGoal);
        Assert.Equal(before.SharedGoalTags, after.SharedGoalTags);
        Assert.Equal(before.Format, after.Format);
        Assert.Equal(before.Period, after.Period);
        Assert.Equal(before.Guidelines, after.Guidelines);
        Assert.Equal(before.Topics, after.Topics);
        Assert.Same(before.SizePolicy, after.SizePolicy);
    }

    [Theory]
    [MemberData(nameof(Illegal))]
    public void TransitionTo_IllegalMove_NamesBothStatuses(ProgrammeStatus from, ProgrammeStatus to)
    {
        var ex = Expect.Invalid(() => Make(from).TransitionTo(to));

        var error = Assert.Single(ex.Errors);
        Assert.Equal(ErrorCodes.IllegalTransition, error.Code);
        Assert.Equal("P1", error.Target);
        Assert.StartsWith($"A programme cannot move from {from} to {to}; from {from} it can move to ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TransitionTo_DraftToRunning_ListsTheLegalMoves()
    {
        var ex = Expect.Invalid(() => Make(ProgrammeStatus.Draft).TransitionTo(ProgrammeStatus.Running));

        Assert.Equal(
            "Invalid programme: 1 problem.\n- [programme.transition-illegal] P1: A programme cannot move from Draft to Running; from Draft it can move to Enrolling, Cancelled.",
            ex.Message);
    }

    [Fact]
    public void TransitionTo_FromAFinalStatus_SaysItIsFinal()
    {
        var ex = Expect.Invalid(() => Make(ProgrammeStatus.Completed).TransitionTo(ProgrammeStatus.Running));

        ex.WithSingle(ErrorCodes.IllegalTransition, "P1", "A programme cannot move from Completed to Running; from Completed it can move to none: it is final.");
    }

    [Fact]
    public void WithSizePolicy_SuitingPolicy_ReturnsACopyWithIt()
    {
        var before = Make(ProgrammeStatus.Matching);

        var after = before.WithSizePolicy(GroupSizePolicy.Recommended);

        Assert.Same(GroupSizePolicy.Recommended, after.SizePolicy);
        Assert.Same(GroupSizePolicy.CommonForm, before.SizePolicy);
        Assert.Equal(ProgrammeStatus.Matching, after.Status);
    }

    [Fact]
    public void WithSizePolicy_PolicyNotSuitingTheFormat_ThrowsMismatch() =>
        Expect.Invalid(() => Make(ProgrammeStatus.Draft).WithSizePolicy(GroupSizePolicy.PeerGroup))
            .WithSingle(ErrorCodes.PolicyFormatMismatch, "P1", "A Group programme is mentored, so its policy needs at least one mentor per group.");

    [Fact]
    public void WithSizePolicy_Null_ThrowsArgumentNullException() =>
        Assert.Throws<ArgumentNullException>(() => Make(ProgrammeStatus.Draft).WithSizePolicy(null!));
}
