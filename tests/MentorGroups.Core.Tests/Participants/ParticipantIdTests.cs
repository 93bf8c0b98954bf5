using MentorGroups.Participants;
using MentorGroups.Tests.Support;
using MentorGroups.Validation;

namespace MentorGroups.Tests.Participants;

public class ParticipantIdTests
{
    [Fact]
    public void Constructor_Null_ThrowsArgumentNullException()
    {
        Assert.Throws<ArgumentNullException>("value", () => new ParticipantId(null!));
        Assert.Throws<ArgumentNullException>("value", () => ParticipantId.FromString(null!));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\t\n")]
    public void Constructor_EmptyValue_ThrowsEmptyId(string value)
    {
        var ex = Expect.Invalid(() => new ParticipantId(value));

        Assert.Equal("Invalid participant id: 1 problem.\n- [id.empty] A participant id must not be empty.", ex.Message);
        Assert.Equal("participant id", ex.Subject);
    }

    [Fact]
    public void Value_KeepsTheTextExactlyAsGiven()
    {
        var id = new ParticipantId(" E-001 ");

        Assert.Equal(" E-001 ", id.Value);
        Assert.Equal(" E-001 ", id.ToString());
        Assert.False(id.IsDefault);
    }

    [Fact]
    public void Default_IsDefaultAndHasNoValue()
    {
        var id = default(ParticipantId);

        Assert.True(id.IsDefault);
        Assert.Equal(string.Empty, id.ToString());
        Assert.Equal(0, id.GetHashCode());
        Assert.Throws<InvalidOperationException>(() => id.Value);
    }

    [Fact]
    public void Equals_IsOrdinalAndCaseSensitive()
    {
        ParticipantId lower = "e1";
        ParticipantId upper = "E1";
        var again = ParticipantId.FromString("e1");

        Assert.True(lower == again);
        Assert.True(lower.Equals((object)again));
        Assert.Equal(lower.GetHashCode(), again.GetHashCode());
        Assert.True(lower != upper);
        Assert.False(lower.Equals(upper));
        Assert.False(lower.Equals((object)"e1"));
        // By value, not a constant: a constant would turn every dictionary keyed by id into a list.
        Assert.True(Enumerable.Range(0, 20).Select(i => new ParticipantId($"P{i}").GetHashCode()).Distinct().Count() > 1);
    }

    [Fact]
    public void CompareTo_IsOrdinal()
    {
        ParticipantId upper = "B";
        ParticipantId lower = "a";

        // Ordinal: upper-case letters sort before lower-case ones, whatever the culture.
        Assert.True(upper < lower);
        Assert.True(lower > upper);
        Assert.True(upper <= lower);
        Assert.True(lower >= upper);
        Assert.True(upper <= "B");
        Assert.True(upper >= "B");
        Assert.False(upper < "B"); // strict: an id is never less or greater than itself
        Assert.False(upper > "B");
        Assert.Equal(0, upper.CompareTo("B"));
    }
}
