
namespace MentorGroups.Rules.Criteria;

/// <summary>The built-in criteria and their default weights.</summary>
public static class ScoringCriteria
{
    /// <summary>Default weight of <see cref="ExpertiseCoverageCriterion"/>.</summary>
    public const double ExpertiseWeight = 3;

    /// <summary>Default weight of <see cref="SharedGoalsCriterion"/>.</summary>
    public const double SharedGoalsWeight = 1;

    /// <summary>Default weight of <see cref="CommonLanguageCriterion"/>.</summary>
    public const double LanguageWeight = 2;

    /// <summary>Default weight of <see cref="AvailabilityOverlapCriterion"/>.</summary>
    public const double AvailabilityWeight = 2;

    /// <summary>Default weight of <see cref="SeniorityGapCriterion"/>.</summary>
    public const double SeniorityWeight = 1;

    /// <summary>Default weight of <see cref="CrossDepartmentCriterion"/>.</summary>
    public const double CrossDepartmentWeight = 1;

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
}
