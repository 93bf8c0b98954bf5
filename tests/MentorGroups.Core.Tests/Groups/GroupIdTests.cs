using MentorGroups.Groups;
using MentorGroups.Tests.Support;

namespace MentorGroups.Tests.Groups;

public class GroupIdTests
{
    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    public void Constructor_Empty_ThrowsEmptyId(string value) =>
        Assert.Equal("Invalid group id: 1 problem.\n- [id.empty] A group id must not be empty.", Expect.Invalid(() => new GroupId(value)).Message);

    [Fact]
    public void Constructor_Null_ThrowsArgumentNullException() =>
        Assert.Throws<ArgumentNullException>("value", () => new GroupId(null!));

    [Fact]
    public void Equals_IsOrdinal()
    {
        GroupId a = "G1";

        Assert.Equal(GroupId.FromString("G1"), a);
        Assert.Equal(new GroupId("G1").GetHashCode(), a.GetHashCode());
        Assert.NotEqual(new GroupId("g1"), a);
        Assert.Equal("G1", a.ToString());
        Assert.Equal(string.Empty, default(GroupId).ToString());
        Assert.Equal(0, default(GroupId).GetHashCode());
        Assert.True(Enumerable.Range(0, 20).Select(i => new GroupId($"G{i}").GetHashCode()).Distinct().Count() > 1);
    }

    [Fact]
    public void CompareTo_IsOrdinal()
    {
        GroupId upper = "G2";
        GroupId lower = "g1";

        Assert.True(upper < lower);
        Assert.True(lower > upper);
        Assert.True(upper <= "G2");
        Assert.True(upper >= "G2");
        Assert.False(upper < "G2"); // strict: an id is never less or greater than itself
        Assert.False(upper > "G2");
        Assert.Equal(0, upper.CompareTo("G2"));
    }
}
