using MentorGroups.Programmes;
using MentorGroups.Tests.Support;
using MentorGroups.Validation;

namespace MentorGroups.Tests.Programmes;

public class ProgrammePeriodTests
{
    private static readonly DateOnly Start = new(2025, 9, 1);
    private static readonly DateOnly End = new(2026, 5, 31);

    [Fact]
    public void Constructor_EndAfterStart_KeepsBothDays()
    {
        var period = new ProgrammePeriod(Start, End);

        Assert.Equal(Start, period.Start);
        Assert.Equal(End, period.End);
    }

    [Fact]
    public void Constructor_OneDay_IsAccepted() => Assert.True(new ProgrammePeriod(Start, Start).Contains(Start));

    [Fact]
    public void Constructor_EndBeforeStart_ThrowsInvertedPeriod()
    {
        var ex = Expect.Invalid(() => new ProgrammePeriod(new DateOnly(2025, 2, 1), new DateOnly(2025, 1, 31)));

        Assert.Equal("Invalid programme period: 1 problem.\n- [programme.period-inverted] The period ends (2025-01-31) before it starts (2025-02-01).", ex.Message);
        ex.WithCodes(ErrorCodes.InvertedPeriod);
    }

    [Fact]
    public void Contains_IncludesBothEnds()
    {
        var period = new ProgrammePeriod(Start, End);

        Assert.True(period.Contains(Start));
        Assert.True(period.Contains(End));
        Assert.True(period.Contains(new DateOnly(2026, 1, 15)));
        Assert.False(period.Contains(Start.AddDays(-1)));
        Assert.False(period.Contains(End.AddDays(1)));
    }

    [Fact]
    public void Equals_SameDays_AreEqual() => Assert.Equal(new ProgrammePeriod(Start, End), new ProgrammePeriod(Start, End));
}
