using MentorGroups.Participants;
using MentorGroups.Tests.Support;
using MentorGroups.Validation;

namespace MentorGroups.Tests.Participants;

public class TagSetTests
{
    [Fact]
    public void From_SpellingsOfOneTag_NormaliseToOneTag()
    {
        var tags = TagSet.Of("Leadership ", "leadership", "LEADERSHIP", "  leadership\t");

        Assert.Equal(["leadership"], tags);
        Assert.Single(tags);
    }

    [Theory]
    [InlineData("  Public   Speaking\t", "public speaking")]
    [InlineData("CAREER\nSTART", "career start")]
    [InlineData("data", "data")]
    [InlineData("   ", "")]
    [InlineData("", "")]
    [InlineData(null, "")]
    public void Normalise_TrimsCollapsesAndLowerCases(string? raw, string expected) =>
        Assert.Equal(expected, TagSet.Normalise(raw));

    [Fact]
    public void From_Null_IsEmpty() => Assert.Same(TagSet.Empty, TagSet.From(null));

    [Fact]
    public void From_NoTags_IsEmpty()
    {
        var tags = TagSet.From([]);

        Assert.Same(TagSet.Empty, tags);
        Assert.True(tags.IsEmpty);
        Assert.Empty(tags);
        Assert.Equal(string.Empty, tags.ToString());
    }

    [Fact]
    public void From_EmptyTags_ReportsEveryOneByPosition()
    {
        var ex = Expect.Invalid(() => TagSet.Of("coaching", "", "  ", null!));

        Assert.Equal(
            "Invalid tags: 3 problems.\n- [tag.empty] Tag 2 is empty.\n- [tag.empty] Tag 3 is empty.\n- [tag.empty] Tag 4 is empty.",
            ex.Message);
        ex.WithCodes(ErrorCodes.EmptyTag, ErrorCodes.EmptyTag, ErrorCodes.EmptyTag);
    }

    [Fact]
    public void GetEnumerator_YieldsOrdinalOrder()
    {
        var tags = TagSet.Of("sales", "Coaching", "b2b", "Zebra");

        Assert.Equal(["b2b", "coaching", "sales", "zebra"], tags);
        Assert.Equal("b2b; coaching; sales; zebra", tags.ToString());
        Assert.Equal(4, tags.Count);
    }

    [Fact]
    public void Contains_NormalisesTheQuery()
    {
        var tags = TagSet.Of("public speaking");

        Assert.True(tags.Contains("Public  Speaking "));
        Assert.False(tags.Contains("speaking"));
    }

    [Fact]
    public void Equals_SameTagsInAnyOrderAndCase_AreEqual()
    {
        var a = TagSet.Of("Leadership", "coaching");
        var b = TagSet.Of("COACHING", " leadership ");

        Assert.True(a.Equals(b));
        Assert.True(a.Equals((object)b));
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.True(a.Equals(a));
    }

    [Fact]
    public void Equals_DifferentTags_AreNotEqual()
    {
        var a = TagSet.Of("leadership", "coaching");

        Assert.False(a.Equals(TagSet.Of("leadership")));
        Assert.False(a.Equals(TagSet.Of("leadership", "sales")));
        Assert.False(a.Equals(null));
        Assert.False(a.Equals((object)"leadership"));
    }

    [Fact]
    public void CountShared_CountsTheIntersection()
    {
        var a = TagSet.Of("a", "b", "c", "x");
        var b = TagSet.Of("b", "c", "d", "y");

        Assert.Equal(2, a.CountShared(b));
        Assert.Equal(2, b.CountShared(a));
        Assert.Equal(4, a.CountShared(a));
        Assert.Equal(0, a.CountShared(TagSet.Empty));
        Assert.Equal(0, TagSet.Of("a").CountShared(TagSet.Of("b")));
    }

    [Fact]
    public void Shared_ListsTheIntersectionInOrdinalOrder() =>
        Assert.Equal(["b", "c"], TagSet.Of("c", "a", "b").Shared(TagSet.Of("d", "c", "b")));

    [Fact]
    public void Overlaps_TrueOnlyWhenATagIsShared()
    {
        Assert.True(TagSet.Of("a", "b").Overlaps(TagSet.Of("b")));
        Assert.False(TagSet.Of("a").Overlaps(TagSet.Of("b")));
        Assert.False(TagSet.Empty.Overlaps(TagSet.Empty));
    }

    [Fact]
    public void Union_HoldsTheTagsOfBothOnce()
    {
        var union = TagSet.Of("b", "a").Union(TagSet.Of("c", "B"));

        Assert.Equal(["a", "b", "c"], union);
    }

    [Fact]
    public void Union_WithEmpty_ReturnsTheOtherSet()
    {
        var tags = TagSet.Of("a");

        Assert.Same(tags, tags.Union(TagSet.Empty));
        Assert.Same(tags, TagSet.Empty.Union(tags));
    }

    [Fact]
    public void SetOperations_NullOther_ThrowArgumentNullException()
    {
        var tags = TagSet.Of("a");

        Assert.Throws<ArgumentNullException>(() => tags.CountShared(null!));
        Assert.Throws<ArgumentNullException>(() => tags.Shared(null!));
        Assert.Throws<ArgumentNullException>(() => tags.Union(null!));
    }
}
