using MentorGroups.Groups;
using MentorGroups.Participants;
using MentorGroups.Programmes;

namespace MentorGroups.Tests.Participants;

/// <summary>The id types order strictly (an id is never less or greater than itself) and hash by value.</summary>
public sealed class IdOrderingTests
{
    [Fact]
    public void ParticipantId_StrictOperators_AreFalseForEqualIds()
    {
        ParticipantId a = "P1";
        ParticipantId same = "P1";

        Assert.False(a < same);
        Assert.False(a > same);
        Assert.True(a <= same);
        Assert.True(a >= same);
    }

    [Fact]
    public void GroupId_StrictOperators_AreFalseForEqualIds()
    {
        GroupId a = "G1";
        GroupId same = "G1";

        Assert.False(a < same);
        Assert.False(a > same);
        Assert.True(a <= same);
        Assert.True(a >= same);
    }

    [Fact]
    public void Ids_HashByValue_NotAConstant()
    {
        // Distinct values spread over hash codes; a constant would turn every dictionary keyed by id into a list.
        Assert.True(Enumerable.Range(0, 20).Select(i => new ParticipantId($"P{i}").GetHashCode()).Distinct().Count() > 1);
        Assert.True(Enumerable.Range(0, 20).Select(i => new GroupId($"G{i}").GetHashCode()).Distinct().Count() > 1);
        Assert.True(Enumerable.Range(0, 20).Select(i => new ProgrammeId($"p{i}").GetHashCode()).Distinct().Count() > 1);
    }
}
