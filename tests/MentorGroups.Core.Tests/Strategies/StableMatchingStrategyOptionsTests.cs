using MentorGroups.Strategies;
using MentorGroups.Strategies.Stable;
using MentorGroups.Validation;

namespace MentorGroups.Tests.Strategies;

public sealed class StableMatchingStrategyOptionsTests
{
    [Fact]
    public void Constructor_Defaults_MenteesProposeUnderTheDefaultName()
    {
        var options = new StableMatchingStrategyOptions();

        Assert.Null(options.Name);
        Assert.Equal(StableMatchingProposer.Mentees, options.Proposer);
        Assert.Equal("stable", options.CreateStrategy().Name);
    }

    [Fact]
    public void CreateStrategy_MentorsPropose_UsesTheMentorProposingName()
    {
        var strategy = new StableMatchingStrategyOptions { Proposer = StableMatchingProposer.Mentors }.CreateStrategy();

        Assert.Equal(StableMatchingStrategyOptions.MentorProposingName, strategy.Name);
    }

    [Fact]
    public void CreateStrategy_ExplicitName_IsKept()
    {
        var strategy = new StableMatchingStrategyOptions { Name = "mentor-choice", Proposer = StableMatchingProposer.Mentors }.CreateStrategy();

        Assert.Equal("mentor-choice", strategy.Name);
    }

    [Fact]
    public void Validate_BlankNameAndUnknownProposer_ReportsBoth()
    {
        var options = new StableMatchingStrategyOptions { Name = " ", Proposer = (StableMatchingProposer)7 };

        var error = Assert.Throws<MentorGroupsValidationException>(options.Validate);

        Assert.Equal(
            "Invalid stable matching options: 2 problems.\n"
            + "- [strategy.options-invalid] Name: Name must not be empty; leave it null for the default name.\n"
            + "- [strategy.options-invalid] Proposer: Proposer 7 is not a known side; use Mentees or Mentors.",
            error.Message);
        Assert.Equal([ErrorCodes.InvalidOptions], error.Codes);
    }

    [Fact]
    public void AddStableMatching_Catalog_RegistersUnderTheStrategyName()
    {
        var catalog = new MatchingStrategyCatalog()
            .Add(new StableMatchingStrategyOptions().CreateStrategy())
            .Add(new StableMatchingStrategyOptions { Proposer = StableMatchingProposer.Mentors }.CreateStrategy());

        Assert.Equal(["stable", "stable-mentor-proposing"], catalog.Names);
    }

    [Fact]
    public void CreateDefault_Catalog_HasBothVariants()
    {
        var catalog = MatchingStrategyCatalog.CreateDefault();

        Assert.Equal("stable", catalog.Create("stable").Name);
        Assert.Equal("stable-mentor-proposing", catalog.Create("stable-mentor-proposing").Name);
    }
}
