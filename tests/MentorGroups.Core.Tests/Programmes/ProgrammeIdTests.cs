using MentorGroups.Programmes;
using MentorGroups.Tests.Support;

namespace MentorGroups.Tests.Programmes;

public class ProgrammeIdTests
{
    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void Constructor_Empty_ThrowsEmptyId(string value) =>
        Assert.Equal("Invalid programme id: 1 problem.\n- [id.empty] A programme id must not be empty.", Expect.Invalid(() => new ProgrammeId(value)).Message);

    [Fact]
    public void Equals_IsOrdinal()
    {
        Assert.Equal(new ProgrammeId("P1"), new ProgrammeId("P1"));
        Assert.Equal(new ProgrammeId("P1").GetHashCode(), new ProgrammeId("P1").GetHashCode());
        Assert.NotEqual(new ProgrammeId("P1"), new ProgrammeId("p1"));
        Assert.Equal("P1", new ProgrammeId("P1").ToString());
        Assert.Equal(string.Empty, default(ProgrammeId).ToString());
        Assert.Equal(0, default(ProgrammeId).GetHashCode());
        Assert.True(Enumerable.Range(0, 20).Select(i => new ProgrammeId($"p{i}").GetHashCode()).Distinct().Count() > 1);
    }
}
