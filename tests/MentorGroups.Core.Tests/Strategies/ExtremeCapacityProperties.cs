using FsCheck;
using FsCheck.Fluent;
using MentorGroups.Enrolments;
using MentorGroups.Matching;
using MentorGroups.Participants;
using MentorGroups.Policies;
using MentorGroups.Programmes;
using MentorGroups.Strategies;
using MentorGroups.Tests.Support;

namespace MentorGroups.Tests.Strategies;

/// <summary>
/// Every built-in strategy copes with the extremes of a mentor's capacity — 0, 1, the policy's caps and
/// <see cref="int.MaxValue"/>, for lead mentors and co-mentors alike — without overflowing, and never seats more
/// mentees in a group than its mentors' capacities and the policy allow.
/// </summary>
public sealed class ExtremeCapacityProperties
{
    private static readonly GroupSizePolicy[] Policies = [GroupSizePolicy.Recommended, GroupSizePolicy.CommonForm, GroupSizePolicy.OneToOne];

    [Theory]
    [MemberData(nameof(BuiltInStrategyNames.All), MemberType = typeof(BuiltInStrategyNames))]
    public void Match_ExtremeCapacities_EveryMenteeOnceAndNoGroupOverItsSeats(string strategy)
    {
        Assert.SkipWhen(MutationRun.IsActive && !MutationRun.MutatedStrategies.Contains(strategy), "Mutation testing runs the properties of the mutated strategies only.");
        var matcher = MatchingStrategyCatalog.CreateDefault().Create(strategy);
        var property = Prop.ForAll(Requests().ToArbitrary(), request =>
        {
            var result = matcher.Match(request, TestContext.Current.CancellationToken);
            var reported = result.Placements.Select(p => p.Mentee).Concat(result.Unmatched.Select(u => u.Mentee)).Order().ToArray();
            var overfull = result.Groups.Where(g =>
                g.Mentees.Count > request.Policy.MenteeCapFor(g.Mentors.Count)
                || g.Mentees.Count > g.Mentors.Sum(m => (long)request.Find(m)!.Capacity)).Select(g => g.Id.ToString()).ToArray();
            return (reported.SequenceEqual(request.Mentees.Select(m => m.Id))).Label("every mentee once, placed or unmatched")
                .And((overfull.Length == 0).Label($"groups over their seats: {string.Join(", ", overfull)}"))
                .Classify(request.Mentors.Any(m => m.Capacity == int.MaxValue), "a capacity of int.MaxValue")
                .Classify(request.Mentors.Count(m => m.Capacity == int.MaxValue) >= 2, "two of int.MaxValue");
        });

        Check.One(Config.QuickThrowOnFailure.WithMaxTest(MutationRun.IsActive ? 10 : 100).WithQuietOnSuccess(true), property);
    }

    private static Gen<MatchingRequest> Requests() =>
        from policy in Gen.Elements(Policies)
        from leads in Gen.Choose(1, 3)
        from coMentors in Gen.Choose(0, policy.MaxMentors.Value >= 2 ? 2 : 0)
        from capacities in Gen.ArrayOf(Gen.Elements(0, 1, policy.MenteeCapFor(1), policy.MenteeCapFor(2), int.MaxValue - 1, int.MaxValue), leads + coMentors)
        from mentees in Gen.Choose(0, 14)
        select Build(policy, leads, capacities, mentees);

    private static MatchingRequest Build(GroupSizePolicy policy, int leads, int[] capacities, int mentees)
    {
        var format = policy == GroupSizePolicy.OneToOne ? ProgrammeFormat.OneToOne : ProgrammeFormat.Group;
        var builder = MatchingRequest.For(Programme.Builder("extremes", "Extreme capacities").WithFormat(format).WithSizePolicy(policy).Build());
        for (var i = 0; i < capacities.Length; i++)
        {
            var person = Participant.Builder($"M{i}").WithExpertise("leadership").Build();
            builder.Add(i < leads ? Enrolment.AsMentor(person, capacities[i]) : Enrolment.AsCoMentor(person, capacities[i]));
        }

        for (var i = 0; i < mentees; i++)
        {
            builder.AddMentee(Participant.Builder($"E{i:D2}").WithLearningGoals("leadership").Build());
        }

        return builder.Build();
    }
}
