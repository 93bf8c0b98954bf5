using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using MentorGroups.Groups;
using MentorGroups.Participants;
using MentorGroups.Policies;
using MentorGroups.Testing;
using MentorGroups.Tests.Support;
using MentorGroups.Validation;

namespace MentorGroups.Tests.Properties;

[Properties(Arbitrary = new[] { typeof(DomainArbitraries) })]
public class MentoringGroupProperties
{
    // Generated ids look like "E01234", so this one is never already a member.
    private static readonly ParticipantId Newcomer = new("NEWCOMER");

    [Property]
    public Property Create_AnyAcceptedGroup_SatisfiesItsPolicysHardLimits(MentoringGroup group)
    {
        var policy = group.Policy;
        var mentors = group.Mentors.Count;
        var mentees = group.Mentees.Count;

        // Worked out from the limits directly, not through Evaluate, so the two can disagree.
        static bool Holds(SizeLimit limit, bool met) => !limit.IsHard || met;
        var ratioMet = !policy.IsMentored || mentors == 0 || mentees <= (long)mentors * policy.MaxMenteesPerMentor.Value;

        return Holds(policy.MinMentors, mentors >= policy.MinMentors.Value).Label("minimum mentors")
            .And(Holds(policy.MaxMentors, mentors <= policy.MaxMentors.Value).Label("maximum mentors"))
            .And(Holds(policy.MinMentees, mentees >= policy.MinMentees.Value).Label("minimum mentees"))
            .And(Holds(policy.MaxMentees, mentees <= policy.MaxMentees.Value).Label("maximum mentees"))
            .And(Holds(policy.MaxMenteesPerMentor, ratioMet).Label("mentees per mentor"))
            .And(group.Evaluate().All(f => f.Severity != FindingSeverity.Error).Label("evaluation finds no error"))
            .Classify(group.Evaluate().Count > 0, "with warnings")
            .Classify(!policy.IsMentored, "peer group");
    }

    [Property]
    public Property Create_AnyShape_AcceptedExactlyWhenEvaluationFindsNoError(GroupSizePolicy policy, byte mentorsSeed, byte menteesSeed)
    {
        var mentors = People.Numbered("M", mentorsSeed % 5);
        var mentees = People.Numbered("E", menteesSeed % 16);
        var errorsFound = policy.Evaluate(MentoringGroup.Create("G1", mentors, mentees, TestPolicies.Anything)).Any(f => f.Severity == FindingSeverity.Error);

        MentoringGroup? accepted = null;
        MentorGroupsValidationException? rejection = null;
        try
        {
            accepted = MentoringGroup.Create("G1", mentors, mentees, policy);
        }
        catch (MentorGroupsValidationException ex)
        {
            rejection = ex;
        }

        return (accepted is not null == !errorsFound).Label("accepted exactly when evaluation finds no error")
            .And((accepted is null || accepted.Evaluate().All(f => f.Severity != FindingSeverity.Error)).Label("an accepted group never has an error finding"))
            .And((rejection is null || rejection.Codes.SequenceEqual([ErrorCodes.HardLimitViolated])).Label("rejected only for hard limits"))
            .Classify(accepted is not null, "accepted");
    }

    [Property]
    public Property WithMenteeThenWithoutMentee_GivesAnEqualGroup(MentoringGroup group)
    {
        MentoringGroup added;
        try
        {
            added = group.WithMentee(Newcomer);
        }
        catch (MentorGroupsValidationException ex) when (ex.Codes.SequenceEqual([ErrorCodes.HardLimitViolated]))
        {
            // The group is full; nothing to round-trip.
            return true.Classify(true, "group full");
        }

        var back = added.WithoutMentee(Newcomer);
        return (back.Equals(group) && back.GetHashCode() == group.GetHashCode()).Label("equal after add then remove")
            .And(added.Mentees.Count == group.Mentees.Count + 1)
            .Classify(false, "group full");
    }

    [Property]
    public Property WithoutMenteeThenWithMentee_GivesAnEqualGroup(MentoringGroup group)
    {
        if (group.Mentees.Count == 0)
        {
            return true.Classify(true, "no mentee");
        }

        var mentee = group.Mentees[group.Mentees.Count / 2];
        MentoringGroup removed;
        try
        {
            removed = group.WithoutMentee(mentee);
        }
        catch (MentorGroupsValidationException ex) when (ex.Codes.SequenceEqual([ErrorCodes.HardLimitViolated]))
        {
            return true.Classify(true, "group at its minimum");
        }

        return removed.WithMentee(mentee).Equals(group).Label("equal after remove then add");
    }

    [Property]
    public bool Equals_IsIndependentOfMenteeOrder(MentoringGroup group) =>
        MentoringGroup.Create(group.Id, group.Mentors, group.Mentees.Reverse(), group.Policy).Equals(group);
}
