using MentorGroups.Groups;
using MentorGroups.Policies;

namespace MentorGroups.Tests.Policies;

public class PolicyFindingTests
{
    [Fact]
    public void ToString_WithGroup_NamesSeverityCodeAndGroup() =>
        Assert.Equal("Warning size.ratio-above-max G1: Too many.", new PolicyFinding(FindingSeverity.Warning, FindingCodes.RatioExceeded, "Too many.", new GroupId("G1"), []).ToString());

    [Fact]
    public void ToString_ForTheWholeSet_LeavesTheGroupOut() =>
        Assert.Equal("Error set.person-in-several-groups: Twice.", new PolicyFinding(FindingSeverity.Error, FindingCodes.PersonInSeveralGroups, "Twice.", null, []).ToString());
}
