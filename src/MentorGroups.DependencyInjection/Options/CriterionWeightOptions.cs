using MentorGroups.Rules.Criteria;

namespace MentorGroups.DependencyInjection;

/// <summary>
/// The weights of the built-in scoring criteria. A pair's score is the weighted mean of the criteria, so only the
/// ratios matter; zero switches a criterion off. Each weight must be a finite number of zero or more, and at least one above zero.
/// </summary>
public sealed class CriterionWeightOptions
{
    /// <summary>How well the mentor's expertise covers the mentee's goals ("expertise").</summary>
    /// <value>The default value is 3.</value>
    public double Expertise { get; set; } = ScoringCriteria.ExpertiseWeight;

    /// <summary>Whether mentor and mentee share a language ("language").</summary>
    /// <value>The default value is 2.</value>
    public double Language { get; set; } = ScoringCriteria.LanguageWeight;

    /// <summary>How much weekly availability mentor and mentee share ("availability").</summary>
    /// <value>The default value is 2.</value>
    public double Availability { get; set; } = ScoringCriteria.AvailabilityWeight;

    /// <summary>How many learning goals mentor and mentee share ("shared-goals").</summary>
    /// <value>The default value is 1.</value>
    public double SharedGoals { get; set; } = ScoringCriteria.SharedGoalsWeight;

    /// <summary>How close the seniority gap is to the ideal ("seniority-gap").</summary>
    /// <value>The default value is 1.</value>
    public double SeniorityGap { get; set; } = ScoringCriteria.SeniorityWeight;

    /// <summary>Whether mentor and mentee come from different departments ("cross-department").</summary>
    /// <value>The default value is 1.</value>
    public double CrossDepartment { get; set; } = ScoringCriteria.CrossDepartmentWeight;

    /// <summary>Each weight with its option name and the name of the criterion it weighs.</summary>
    internal IEnumerable<(string Option, string Criterion, double Weight)> Weights =>
    [
        (nameof(Expertise), "expertise", Expertise),
        (nameof(Language), "language", Language),
        (nameof(Availability), "availability", Availability),
        (nameof(SharedGoals), "shared-goals", SharedGoals),
        (nameof(SeniorityGap), "seniority-gap", SeniorityGap),
        (nameof(CrossDepartment), "cross-department", CrossDepartment),
    ];

    /// <summary>
    /// The built-in criteria (<see cref="ScoringCriteria.Default"/>) with these weights. Starting from the core's list
    /// keeps the criteria themselves in one place; one the options do not know keeps its default weight.
    /// </summary>
    internal IReadOnlyList<WeightedCriterion> CreateCriteria()
    {
        var byCriterion = Weights.ToDictionary(w => w.Criterion, w => w.Weight, StringComparer.Ordinal);
        return ScoringCriteria.Default()
            .Select(c => byCriterion.TryGetValue(c.Criterion.Name, out var weight) ? c with { Weight = weight } : c)
            .ToArray();
    }
}
