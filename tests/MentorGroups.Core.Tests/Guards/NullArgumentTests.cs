using MentorGroups.Enrolments;
using MentorGroups.Groups;
using MentorGroups.Rules.Constraints;
using MentorGroups.Engine;
using MentorGroups.Policies;
using MentorGroups.Strategies;
using MentorGroups.Strategies.Greedy;
using MentorGroups.Strategies.Optimal;

namespace MentorGroups.Tests.Guards;

/// <summary>
/// Public entry points reject a missing argument up front, naming the parameter. The name matters: without the guard
/// most of these would still throw an <see cref="ArgumentNullException"/>, but from deep inside LINQ, naming "source".
/// </summary>
public sealed class NullArgumentTests
{
    [Fact]
    public void GroupSizePolicy_Evaluate_NamesTheParameter()
    {
        Assert.Throws<ArgumentNullException>("group", () => GroupSizePolicy.Recommended.Evaluate((MentoringGroup)null!));
        Assert.Throws<ArgumentNullException>("groups", () => GroupSizePolicy.Recommended.Evaluate((IEnumerable<MentoringGroup>)null!));
    }

    [Fact]
    public void MentoringGroup_Create_NamesTheParameter()
    {
        Assert.Throws<ArgumentNullException>("mentors", () => MentoringGroup.Create("G1", null!, [], GroupSizePolicy.Recommended));
        Assert.Throws<ArgumentNullException>("mentees", () => MentoringGroup.Create("G1", [], null!, GroupSizePolicy.Recommended));
        Assert.Throws<ArgumentNullException>("policy", () => MentoringGroup.Create("G1", [], [], null!));
    }

    [Fact]
    public void Enrolments_NamesTheParameter()
    {
        Assert.Throws<ArgumentNullException>("participant", () => Enrolment.Create(null!, ProgrammeRole.Mentee, 0, null));
        Assert.Throws<ArgumentNullException>("enrolments", () => Roster.Create(null!));
    }

    [Fact]
    public void Constraints_NamesTheParameter()
    {
        Assert.Throws<ArgumentNullException>("population", () => ((IPreparableConstraint)new LineManagerConstraint()).Prepare(null!));
        Assert.Throws<ArgumentNullException>("population", () => ((IPreparableConstraint)new CommonLanguageConstraint()).Prepare(null!));
        Assert.Throws<ArgumentNullException>("exclusions", () => new ExclusionConstraint(null!));
        Assert.Throws<ArgumentNullException>("population", () => ((IPreparableConstraint)new ExclusionConstraint([])).Prepare(null!));
    }

    [Fact]
    public void Strategies_NameTheParameter()
    {
        Assert.Throws<ArgumentNullException>("request", () => new GreedyStrategyOptions().CreateStrategy().Match(null!, TestContext.Current.CancellationToken));
        Assert.Throws<ArgumentNullException>("request", () => new OptimalStrategyOptions().CreateStrategy().Match(null!, TestContext.Current.CancellationToken));
        Assert.Throws<ArgumentNullException>("strategy", () => new MatchingStrategyCatalog().Add(null!));
        Assert.Throws<ArgumentNullException>("factory", () => new MatchingStrategyCatalog().Add("custom", null!));
        Assert.Throws<ArgumentNullException>("assignment", () => PlacementAugmenter.Augment(null!, TestContext.Current.CancellationToken));
    }
}
