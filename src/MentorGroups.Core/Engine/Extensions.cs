using MentorGroups.Enrolments;
using MentorGroups.Matching;
using MentorGroups.Rules.Constraints;
using MentorGroups.Rules.Criteria;
using MentorGroups.Rules.Objectives;
using MentorGroups.Rules.Requirements;

namespace MentorGroups.Engine;

/// <summary>
/// Every call the engine makes into criteria, constraints, group objectives and group requirements goes through here:
/// extensions are third-party code, so a throw or a score outside 0..1 becomes one <see cref="MatchingExtensionException"/>
/// naming the extension and the pair or group. Cancellation passes through unchanged.
/// </summary>
internal static class Extensions
{
    public const string Criterion = "criterion";
    public const string Constraint = "constraint";
    public const string Objective = "group objective";
    public const string Requirement = "group requirement";

    public static double Score(IScoringCriterion criterion, in CandidatePair pair)
    {
        double score;
        try
        {
            score = criterion.Score(pair);
        }
        catch (Exception e) when (IsForeign(e))
        {
            throw new MatchingExtensionException(Criterion, NameOf(criterion), Pair(pair.Mentor, pair.Mentee), null, e);
        }

        return InRange(score) ? score : throw new MatchingExtensionException(Criterion, NameOf(criterion), Pair(pair.Mentor, pair.Mentee), score, null);
    }

    public static string Explain(IScoringCriterion criterion, in CandidatePair pair)
    {
        try
        {
            return criterion.Explain(pair);
        }
        catch (Exception e) when (IsForeign(e))
        {
            throw new MatchingExtensionException(Criterion, NameOf(criterion), Pair(pair.Mentor, pair.Mentee), null, e);
        }
    }

    public static bool Allows(IHardConstraint constraint, in MemberPair pair)
    {
        try
        {
            return constraint.Allows(pair);
        }
        catch (Exception e) when (IsForeign(e))
        {
            throw new MatchingExtensionException(Constraint, NameOf(constraint), Pair(pair.First, pair.Second), null, e);
        }
    }

    public static string Explain(IHardConstraint constraint, in MemberPair pair)
    {
        try
        {
            return constraint.Explain(pair);
        }
        catch (Exception e) when (IsForeign(e))
        {
            throw new MatchingExtensionException(Constraint, NameOf(constraint), Pair(pair.First, pair.Second), null, e);
        }
    }

    public static double Score(IGroupObjective objective, in GroupContext group)
    {
        double score;
        try
        {
            score = objective.Score(group);
        }
        catch (Exception e) when (IsForeign(e))
        {
            throw new MatchingExtensionException(Objective, NameOf(objective), Group(group), null, e);
        }

        return InRange(score) ? score : throw new MatchingExtensionException(Objective, NameOf(objective), Group(group), score, null);
    }

    public static string Explain(IGroupObjective objective, in GroupContext group)
    {
        try
        {
            return objective.Explain(group);
        }
        catch (Exception e) when (IsForeign(e))
        {
            throw new MatchingExtensionException(Objective, NameOf(objective), Group(group), null, e);
        }
    }

    public static bool Allows(IGroupRequirement requirement, in GroupContext group)
    {
        try
        {
            return requirement.Allows(group);
        }
        catch (Exception e) when (IsForeign(e))
        {
            throw new MatchingExtensionException(Requirement, NameOf(requirement), Group(group), null, e);
        }
    }

    public static string Explain(IGroupRequirement requirement, in GroupContext group)
    {
        try
        {
            return requirement.Explain(group);
        }
        catch (Exception e) when (IsForeign(e))
        {
            throw new MatchingExtensionException(Requirement, NameOf(requirement), Group(group), null, e);
        }
    }

    /// <summary>A prepared criterion's or constraint's call for one mentee against many mentors.</summary>
    public static MatchingExtensionException Failed(string kind, string name, Enrolment mentee, Exception e) =>
        new(kind, name, $"mentee {mentee.Id}", null, e);

    public static MatchingExtensionException OutOfRange(string name, Enrolment mentor, Enrolment mentee, double score) =>
        new(Criterion, name, Pair(mentor, mentee), score, null);

    /// <summary>Whether an exception comes from the extension itself rather than from cancellation or a failure already reported.</summary>
    public static bool IsForeign(Exception e) => e is not OperationCanceledException and not MatchingExtensionException;

    /// <summary>Whether a score is a number from 0 to 1 (false for NaN).</summary>
    public static bool InRange(double score) => score is >= 0 and <= 1;

    public static string NameOf(IScoringCriterion criterion) => SafeName(() => criterion.Name, criterion);

    public static string NameOf(IHardConstraint constraint) => SafeName(() => constraint.Name, constraint);

    private static string NameOf(IGroupObjective objective) => SafeName(() => objective.Name, objective);

    private static string NameOf(IGroupRequirement requirement) => SafeName(() => requirement.Name, requirement);

    // A name that throws must not hide the failure being reported: the type name stands in.
    private static string SafeName(Func<string> name, object extension)
    {
        try
        {
            return name() ?? extension.GetType().Name;
        }
        catch (Exception e) when (IsForeign(e))
        {
            return extension.GetType().Name;
        }
    }

    private static string Pair(Enrolment first, Enrolment second) =>
        $"{(first.IsMentor ? "mentor" : "mentee")} {first.Id} and {(second.IsMentor ? "mentor" : "mentee")} {second.Id}";

    private static string Group(in GroupContext group)
    {
        var mentors = group.Mentors.Count == 0 ? "a peer group" : "the group of " + string.Join(" and ", group.Mentors.Select(m => m.Id));
        return $"{mentors} with mentee(s) {string.Join(", ", group.Mentees.Select(m => m.Id))}";
    }
}
