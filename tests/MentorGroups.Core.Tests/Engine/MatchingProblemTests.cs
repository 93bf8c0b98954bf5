using MentorGroups.Engine;

namespace MentorGroups.Tests.Engine;

public sealed class MatchingProblemTests
{
    [Theory]
    [InlineData(0.0, 1)]
    [InlineData(1.0, 1_000_001)]
    [InlineData(0.5, 500_001)]
    [InlineData(0.0000005, 2)] // half a millionth rounds away from zero
    [InlineData(0.0000004, 1)]
    [InlineData(-0.25, 1)] // clamped to 0..1
    [InlineData(1.5, 1_000_001)]
    public void ToValue_Score_IsOnePlusTheScoreInMillionths(double score, int value) =>
        Assert.Equal(value, MatchingProblem.ToValue(score));
}
