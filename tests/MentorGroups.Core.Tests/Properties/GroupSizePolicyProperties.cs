using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using MentorGroups.Policies;
using MentorGroups.Testing;
using MentorGroups.Validation;

namespace MentorGroups.Tests.Properties;

[Properties(Arbitrary = new[] { typeof(DomainArbitraries) })]
public class GroupSizePolicyProperties
{
    private static readonly Gen<SizeLimit> AnyLimit =
        from value in Gen.Frequency((1, Gen.Choose(-2, -1)), (6, Gen.Choose(0, 4)), (3, Gen.Choose(0, 12)))
        from hard in Gen.Elements(true, false)
        select hard ? SizeLimit.Hard(value) : SizeLimit.Recommended(value);

    private static readonly Arbitrary<SizeLimit[]> FiveLimits = Gen.ArrayOf(AnyLimit, 5).ToArbitrary();

    /// <summary>
    /// The oracle: a policy is contradictory when a limit is out of range (negative, or no mentee allowed at all), when
    /// mentored groups could not take a single mentee per mentor, or when no (mentors, mentees) pair meets every limit,
    /// hard or recommended, judged the way evaluation judges a group. Found by brute force over the small values used.
    /// </summary>
    private static bool IsContradictory(int minMentors, int maxMentors, int minMentees, int maxMentees, int ratio)
    {
        if (new[] { minMentors, maxMentors, minMentees, maxMentees, ratio }.Any(v => v < 0) || maxMentees < 1)
        {
            return true;
        }

        var mentored = maxMentors > 0;
        if (mentored && ratio < 1)
        {
            return true;
        }

        for (var m = minMentors; m <= maxMentors; m++)
        {
            for (var n = minMentees; n <= maxMentees; n++)
            {
                if (!mentored || m == 0 || n <= m * ratio)
                {
                    return false;
                }
            }
        }

        return true;
    }

    // Contradictions that hinge on one value are rare among random limits, so this cheap check runs many cases.
    [Property(MaxTest = 3000)]
    public Property Create_RejectsExactlyTheContradictoryPolicies() =>
        Prop.ForAll(FiveLimits, limits =>
        {
            var contradictory = IsContradictory(limits[0].Value, limits[1].Value, limits[2].Value, limits[3].Value, limits[4].Value);
            MentorGroupsValidationException? rejection = null;
            try
            {
                GroupSizePolicy.Create(limits[0], limits[1], limits[2], limits[3], limits[4]);
            }
            catch (MentorGroupsValidationException ex)
            {
                rejection = ex;
            }

            var allowedCodes = new[] { ErrorCodes.LimitOutOfRange, ErrorCodes.MinAboveMax, ErrorCodes.UnsatisfiableRatio };
            return (rejection is not null == contradictory).Label("rejected exactly when contradictory")
                .And((rejection is null || rejection.Codes.All(allowedCodes.Contains)).Label("only policy codes"))
                .Label(string.Join(", ", limits))
                .Classify(contradictory, "contradictory");
        });

    [Property]
    public Property GeneratedPolicies_AreNotContradictoryAndAdmitAGroup(GroupSizePolicy policy) =>
        (!IsContradictory(policy.MinMentors.Value, policy.MaxMentors.Value, policy.MinMentees.Value, policy.MaxMentees.Value, policy.MaxMenteesPerMentor.Value))
            .Label("not contradictory")
            .And(Prop.ForAll(DomainGenerators.MentoringGroups(policy).ToArbitrary(), g => g.Policy.Equals(policy)).Label("groups can be generated"))
            .Classify(!policy.IsMentored, "peer");

    [Property]
    public Property MenteeCapFor_NeverExceedsAMaximum(GroupSizePolicy policy) =>
        Prop.ForAll(Gen.Choose(0, 4).ToArbitrary(), mentors =>
        {
            var cap = policy.MenteeCapFor(mentors);
            return (cap <= policy.MaxMentees.Value).Label("maximum mentees")
                .And((!policy.IsMentored || cap <= (long)mentors * policy.MaxMenteesPerMentor.Value).Label("mentees per mentor"));
        });
}
