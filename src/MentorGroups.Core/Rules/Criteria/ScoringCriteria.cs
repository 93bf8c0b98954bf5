using MentorGroups.Validation;

namespace MentorGroups.Rules.Criteria;

/// <summary>The built-in criteria and their default weights.</summary>
public static class ScoringCriteria
{
    /// <summary>Default weight of <see cref="ExpertiseCoverageCriterion"/>.</summary>
    internal const double ExpertiseWeight = 3;

    /// <summary>Default weight of <see cref="SharedGoalsCriterion"/>.</summary>
    internal const double SharedGoalsWeight = 1;

    /// <summary>Default weight of <see cref="CommonLanguageCriterion"/>.</summary>
    internal const double LanguageWeight = 2;

    /// <summary>Default weight of <see cref="AvailabilityOverlapCriterion"/>.</summary>
    internal const double AvailabilityWeight = 2;

    /// <summary>Default weight of <see cref="SeniorityGapCriterion"/>.</summary>
    internal const double SeniorityWeight = 1;

    /// <summary>Default weight of <see cref="CrossDepartmentCriterion"/>.</summary>
    internal const double CrossDepartmentWeight = 1;

    /// <summary>
    /// Every built-in criterion with its default weight: expertise 3, language 2, availability 2, shared goals 1,
    /// seniority gap 1, cross-department 1. Expertise weighs most because a mentor who can teach what the mentees
    /// want to learn matters most; language and a time to meet come next because without them a group cannot work.
    /// </summary>
    /// <returns>A new list.</returns>
    public static IReadOnlyList<WeightedCriterion> Default() =>
    [
        new(new ExpertiseCoverageCriterion(), ExpertiseWeight),
        new(new CommonLanguageCriterion(), LanguageWeight),
        new(new AvailabilityOverlapCriterion(), AvailabilityWeight),
        new(new SharedGoalsCriterion(), SharedGoalsWeight),
        new(new SeniorityGapCriterion(), SeniorityWeight),
        new(new CrossDepartmentCriterion(), CrossDepartmentWeight),
    ];

    /// <summary>
    /// The one check of a list of weighted criteria, for requests and settings alike: no missing entry, every weight
    /// finite and zero or more, at least one above zero (a score is a weighted mean), no name twice.
    /// </summary>
    internal static void Check(Problems problems, IReadOnlyList<WeightedCriterion?> criteria)
    {
        WeightChecks.CheckEntries(problems, criteria, "A scoring criterion", "criterion", c => c.Criterion.Name, c => c.Weight);
        var valid = criteria.OfType<WeightedCriterion>().ToArray();
        if (valid.Length > 0 && valid.All(c => double.IsFinite(c.Weight) && c.Weight >= 0) && valid.Sum(c => c.Weight) <= 0)
        {
            problems.Add(ErrorCodes.InvalidWeight, "At least one criterion needs a weight above zero.");
        }

        WeightChecks.CheckDuplicates(problems, valid, "criterion", c => c.Criterion.Name);
    }
}
