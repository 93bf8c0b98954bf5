using MentorGroups.Policies;

namespace MentorGroups.Tests.Policies;

/// <summary>
/// Every limit of every preset says why it exists: findings quote the reason to the coordinator, so a limit without one
/// would produce a warning or an error nobody can act on.
/// </summary>
public sealed class PresetRationaleTests
{
    public static TheoryData<string> Presets() => ["Recommended", "CommonForm", "OneToOne", "PeerGroup"];

    private static GroupSizePolicy Preset(string name) => name switch
    {
        "Recommended" => GroupSizePolicy.Recommended,
        "CommonForm" => GroupSizePolicy.CommonForm,
        "OneToOne" => GroupSizePolicy.OneToOne,
        "PeerGroup" => GroupSizePolicy.PeerGroup,
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };

    [Theory]
    [MemberData(nameof(Presets))]
    public void Preset_EveryLimit_GivesAReason(string name)
    {
        var policy = Preset(name);
        var limits = new[] { policy.MinMentors, policy.MaxMentors, policy.MinMentees, policy.MaxMentees, policy.MaxMenteesPerMentor };

        Assert.All(limits, limit => Assert.False(string.IsNullOrWhiteSpace(limit.Rationale), $"{name}: {limit} has no reason"));
    }

    [Fact]
    public void Presets_ReasonsSayWhatTheLimitIsFor()
    {
        Assert.Equal("a mentored group needs a mentor to facilitate", GroupSizePolicy.Recommended.MinMentors.Rationale);
        Assert.Equal("a group needs at least one mentee", GroupSizePolicy.Recommended.MinMentees.Rationale);
        Assert.Equal("one-to-one mentoring pairs one mentor", GroupSizePolicy.OneToOne.MaxMentors.Rationale);
        Assert.Equal("one-to-one mentoring pairs one mentee", GroupSizePolicy.OneToOne.MaxMenteesPerMentor.Rationale);
        Assert.Equal("peer groups have no mentor", GroupSizePolicy.PeerGroup.MaxMentors.Rationale);
        Assert.StartsWith("peer groups below three members", GroupSizePolicy.PeerGroup.MinMentees.Rationale, StringComparison.Ordinal);
    }
}
