using MentorGroups.Programmes;

namespace MentorGroups.Tests.Programmes;

public class ProgrammeLifecycleTests
{
    [Fact]
    public void LegalNext_ListsTheMovesInTheirDocumentedOrder()
    {
        Assert.Equal([ProgrammeStatus.Enrolling, ProgrammeStatus.Cancelled], ProgrammeLifecycle.LegalNext(ProgrammeStatus.Draft));
        Assert.Equal([ProgrammeStatus.Running, ProgrammeStatus.Enrolling, ProgrammeStatus.Cancelled], ProgrammeLifecycle.LegalNext(ProgrammeStatus.Matching));
        Assert.Empty(ProgrammeLifecycle.LegalNext(ProgrammeStatus.Completed));
        Assert.Empty(ProgrammeLifecycle.LegalNext(ProgrammeStatus.Cancelled));
    }

    [Fact]
    public void LegalNext_UnknownStatus_IsEmpty() => Assert.Empty(ProgrammeLifecycle.LegalNext((ProgrammeStatus)99));

    [Fact]
    public void IsLegal_StayingPut_IsNotAMove()
    {
        foreach (var status in Enum.GetValues<ProgrammeStatus>())
        {
            Assert.False(ProgrammeLifecycle.IsLegal(status, status));
        }
    }
}
