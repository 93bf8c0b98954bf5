using MentorGroups.Strategies;
using MentorGroups.Strategies.Greedy;
using MentorGroups.Validation;

namespace MentorGroups.Tests.Strategies;

public sealed class MatchingStrategyCatalogTests
{
    [Fact]
    public void Create_Null_ThrowsArgumentNullExceptionNamingTheParameter() =>
        Assert.Throws<ArgumentNullException>("name", () => MatchingStrategyCatalog.CreateDefault().Create(null!));

    [Fact]
    public void Create_UnknownName_ListsTheKnownNames()
    {
        var error = Assert.Throws<MentorGroupsValidationException>(() => new MatchingStrategyCatalog().Add(new GreedyStrategyOptions().CreateStrategy()).Create("fastest"));

        Assert.Equal(ErrorCodes.UnknownStrategy, Assert.Single(error.Errors).Code);
        Assert.Equal("fastest", error.Errors[0].Target);
        Assert.Contains("known: greedy", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Contains_Null_ThrowsArgumentNullExceptionNamingTheParameter() =>
        Assert.Throws<ArgumentNullException>("name", () => MatchingStrategyCatalog.CreateDefault().Contains(null!));
}
