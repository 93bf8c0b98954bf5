using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using MentorGroups.Groups;
using MentorGroups.Policies;
using MentorGroups.Tests.Support;

namespace MentorGroups.Tests.Properties;

/// <summary>A group's shape: how many mentors and mentees.</summary>
public sealed record Shape(int Mentors, int Mentees)
{
    public override string ToString() => $"{Mentors} mentor(s), {Mentees} mentee(s)";
}

public static class ShapeArbitraries
{
    public static Arbitrary<Shape> Shape() =>
        Gen.Choose(0, 4).SelectMany(m => Gen.Choose(0, 15).Select(n => new Shape(m, n))).ToArbitrary();
}

/// <summary>The presets accept exactly the group sizes the seed describes.</summary>
[Properties(Arbitrary = new[] { typeof(ShapeArbitraries) })]
public class PresetProperties
{
    // The seed's statements, written out as plain arithmetic.
    private static bool RecommendedAllows(Shape s) => s.Mentors is 1 or 2 && s.Mentees >= 1 && s.Mentees <= 5 * s.Mentors && s.Mentees <= 10;

    private static bool CommonFormHardLimitsAllow(Shape s) => s.Mentors is 1 or 2 && s.Mentees <= 10;

    private static bool IsTheCommonForm(Shape s) => s.Mentors is 1 or 2 && s.Mentees is >= 5 and <= 10 && s.Mentees <= 5 * s.Mentors;

    private static bool OneToOneAllows(Shape s) => s is { Mentors: 1, Mentees: 1 };

    private static bool PeerGroupAllows(Shape s) => s.Mentors == 0 && s.Mentees <= 8;

    private static bool IsAGoodPeerGroup(Shape s) => s.Mentors == 0 && s.Mentees is >= 3 and <= 8;

    private static IReadOnlyList<PolicyFinding> Evaluate(GroupSizePolicy policy, Shape s) =>
        policy.Evaluate(MentoringGroup.Create("G1", People.Numbered("M", s.Mentors), People.Numbered("E", s.Mentees), TestPolicies.Anything));

    private static bool NoErrors(GroupSizePolicy policy, Shape s) => Evaluate(policy, s).All(f => f.Severity != FindingSeverity.Error);

    private static bool Accepts(GroupSizePolicy policy, Shape s)
    {
        try
        {
            MentoringGroup.Create("G1", People.Numbered("M", s.Mentors), People.Numbered("E", s.Mentees), policy);
            return true;
        }
        catch (MentorGroups.Validation.MentorGroupsValidationException)
        {
            return false;
        }
    }

    [Property]
    public Property Recommended_NoErrorsExactlyForOneOrTwoMentorsWithUpToFivePerMentorAndTenInAll(Shape shape) =>
        (NoErrors(GroupSizePolicy.Recommended, shape) == RecommendedAllows(shape)).Label("no errors exactly then")
            .And((Accepts(GroupSizePolicy.Recommended, shape) == RecommendedAllows(shape)).Label("accepted exactly then"))
            .And(Evaluate(GroupSizePolicy.Recommended, shape).All(f => f.Severity == FindingSeverity.Error).Label("every limit is hard"))
            .Classify(RecommendedAllows(shape), "allowed");

    [Property]
    public Property CommonForm_NoFindingsExactlyForTheCommonForm(Shape shape) =>
        (Evaluate(GroupSizePolicy.CommonForm, shape).Count == 0 == IsTheCommonForm(shape)).Label("no findings exactly then")
            .And((NoErrors(GroupSizePolicy.CommonForm, shape) == CommonFormHardLimitsAllow(shape)).Label("no errors exactly within the hard limits"))
            .Classify(IsTheCommonForm(shape), "the common form");

    [Property]
    public Property OneToOne_NoErrorsExactlyForOneMentorAndOneMentee(Shape shape) =>
        (NoErrors(GroupSizePolicy.OneToOne, shape) == OneToOneAllows(shape)).Label("no errors exactly then")
            .And((Evaluate(GroupSizePolicy.OneToOne, shape).Count == 0) == OneToOneAllows(shape));

    [Property]
    public Property PeerGroup_NoErrorsExactlyWithoutMentorsAndUpToEightMentees(Shape shape) =>
        (NoErrors(GroupSizePolicy.PeerGroup, shape) == PeerGroupAllows(shape)).Label("no errors exactly then")
            .And(((Evaluate(GroupSizePolicy.PeerGroup, shape).Count == 0) == IsAGoodPeerGroup(shape)).Label("no findings exactly for 3 to 8"));

    // The shapes are few enough to check every one, so "exactly" is proven, not sampled.
    [Fact]
    public void Presets_EveryShapeUpToFourMentorsAndFifteenMentees_MatchTheSeed()
    {
        var wrong = new List<string>();
        for (var m = 0; m <= 4; m++)
        {
            for (var n = 0; n <= 15; n++)
            {
                var s = new Shape(m, n);
                Check("Recommended accepts", Accepts(GroupSizePolicy.Recommended, s), RecommendedAllows(s));
                Check("CommonForm has no findings", Evaluate(GroupSizePolicy.CommonForm, s).Count == 0, IsTheCommonForm(s));
                Check("CommonForm accepts", Accepts(GroupSizePolicy.CommonForm, s), CommonFormHardLimitsAllow(s));
                Check("OneToOne accepts", Accepts(GroupSizePolicy.OneToOne, s), OneToOneAllows(s));
                Check("PeerGroup accepts", Accepts(GroupSizePolicy.PeerGroup, s), PeerGroupAllows(s));

                void Check(string what, bool actual, bool expected)
                {
                    if (actual != expected)
                    {
                        wrong.Add($"{what} {s}: {actual}, expected {expected}");
                    }
                }
            }
        }

        Assert.Empty(wrong);
    }
}
