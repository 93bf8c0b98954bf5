using MentorGroups.Policies;

namespace MentorGroups.Tests.Policies;

/// <summary>
/// Every limit of every preset says why it exists: findings quote the reason to the coordinator, so a limit without one
/// would produce a warning or an error nobody can act on.
/// </summary>
public sealed class PresetRationaleTests
{
    [Fact]
    public void Presets_EveryLimit_GivesAReason()
    {
        (string Name, GroupSizePolicy Policy)[] presets =
        [
            ("Recommended", GroupSizePolicy.Recommended),
            ("CommonForm", GroupSizePolicy.CommonForm),
            ("OneToOne", GroupSizePolicy.OneToOne),
            ("PeerGroup", GroupSizePolicy.PeerGroup),
        ];

        Assert.All(presets, preset =>
        {
            var p = preset.Policy;
            Assert.All([p.MinMentors, p.MaxMentors, p.MinMentees, p.MaxMentees, p.MaxMenteesPerMentor],
                limit => Assert.False(string.IsNullOrWhiteSpace(limit.Rationale), $"{preset.Name}: {limit} has no reason"));
        });
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
