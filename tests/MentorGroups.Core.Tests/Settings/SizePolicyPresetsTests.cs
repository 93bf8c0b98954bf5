using MentorGroups.Policies;
using MentorGroups.Settings;

namespace MentorGroups.Tests.Settings;

public sealed class SizePolicyPresetsTests
{
    [Theory]
    [InlineData("recommended")]
    [InlineData("common-form")]
    [InlineData("one-to-one")]
    [InlineData("peer-group")]
    public void TryGet_EveryListedName_FindsItsPresetInAnyCase(string name)
    {
        Assert.Contains(name, SizePolicyPresets.Names);
        Assert.True(SizePolicyPresets.TryGet(name, out var lower));
        Assert.True(SizePolicyPresets.TryGet($" {name.ToUpperInvariant()} ", out var upper));
        Assert.Same(lower, upper);
    }

    [Fact]
    public void TryGet_Names_MapToThePolicies()
    {
        Assert.True(SizePolicyPresets.TryGet(SizePolicyPresets.CommonForm, out var commonForm));
        Assert.Same(GroupSizePolicy.CommonForm, commonForm);
        Assert.True(SizePolicyPresets.TryGet(SizePolicyPresets.PeerGroup, out var peer));
        Assert.Same(GroupSizePolicy.PeerGroup, peer);
    }

    [Theory]
    [InlineData("commonform")]
    [InlineData("CommonForm")]
    [InlineData("")]
    [InlineData(null)]
    public void TryGet_OtherSpellings_NotFound(string? name) => Assert.False(SizePolicyPresets.TryGet(name, out _));

    [Theory]
    [InlineData("hard", LimitKind.Hard)]
    [InlineData("HARD", LimitKind.Hard)]
    [InlineData("Recommendation", LimitKind.Recommendation)]
    public void TryParseLimitKind_KnownNames_Parsed(string text, LimitKind expected)
    {
        Assert.True(SizePolicyPresets.TryParseLimitKind(text, out var kind));
        Assert.Equal(expected, kind);
    }

    [Theory]
    [InlineData("recommended")]
    [InlineData("soft")]
    [InlineData(null)]
    public void TryParseLimitKind_OtherText_NotParsed(string? text) => Assert.False(SizePolicyPresets.TryParseLimitKind(text, out _));

    [Fact]
    public void Override_LimitWithoutRationale_KeepsThePresetsRationaleAndOtherLimits()
    {
        var policy = SizePolicyPresets.Override(GroupSizePolicy.Recommended, maxMentees: SizeLimit.Recommended(8));

        Assert.Equal(8, policy.MaxMentees.Value);
        Assert.Equal(LimitKind.Recommendation, policy.MaxMentees.Kind);
        Assert.Equal(GroupSizePolicy.Recommended.MaxMentees.Rationale, policy.MaxMentees.Rationale);
        Assert.Equal(GroupSizePolicy.Recommended.MinMentees, policy.MinMentees);
        Assert.Equal(GroupSizePolicy.Recommended.MaxMenteesPerMentor, policy.MaxMenteesPerMentor);
    }
}
