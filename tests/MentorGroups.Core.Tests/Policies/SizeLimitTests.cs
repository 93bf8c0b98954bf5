using MentorGroups.Policies;

namespace MentorGroups.Tests.Policies;

public class SizeLimitTests
{
    [Fact]
    public void Hard_IsHardWithItsRationale()
    {
        var limit = SizeLimit.Hard(5, "why");

        Assert.Equal(5, limit.Value);
        Assert.Equal(LimitKind.Hard, limit.Kind);
        Assert.True(limit.IsHard);
        Assert.Equal("why", limit.Rationale);
        Assert.Equal("5 (hard)", limit.ToString());
    }

    [Fact]
    public void Recommended_IsNotHard()
    {
        var limit = SizeLimit.Recommended(3);

        Assert.Equal(LimitKind.Recommendation, limit.Kind);
        Assert.False(limit.IsHard);
        Assert.Null(limit.Rationale);
        Assert.Equal("3 (recommended)", limit.ToString());
    }

    [Fact]
    public void FromInt_IsAHardLimitWithoutRationale()
    {
        SizeLimit implicitLimit = 4;

        Assert.Equal(SizeLimit.Hard(4), implicitLimit);
        Assert.Equal(SizeLimit.Hard(4), SizeLimit.FromInt32(4));
        Assert.Equal(SizeLimit.Hard(4), new SizeLimit(4));
    }
}
