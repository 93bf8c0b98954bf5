using MentorGroups.Rules.Criteria;
using MentorGroups.Settings;

namespace MentorGroups.DependencyInjection;

/// <summary>
/// The weights of the built-in scoring criteria. A pair's score is the weighted mean of the criteria, so only the
/// ratios matter; zero switches a criterion off. Each weight must be a finite number of zero or more, and at least one above zero.
/// </summary>
public sealed class CriterionWeightOptions
{
    /// <summary>How well the mentor's expertise covers the mentee's goals ("expertise").</summary>
    /// <value>The default value is 3.</value>
    public double Expertise { get; set; } = Defaults["expertise"];

    /// <summary>Whether mentor and mentee share a language ("language").</summary>
    /// <value>The default value is 2.</value>
    public double Language { get; set; } = Defaults["language"];

    /// <summary>How much weekly availability mentor and mentee share ("availability").</summary>
    /// <value>The default value is 2.</value>
    public double Availability { get; set; } = Defaults["availability"];

    /// <summary>How many learning goals mentor and mentee share ("shared-goals").</summary>
    /// <value>The default value is 1.</value>
    public double SharedGoals { get; set; } = Defaults["shared-goals"];

    /// <summary>How close the seniority gap is to the ideal ("seniority-gap").</summary>
    /// <value>The default value is 1.</value>
    public double SeniorityGap { get; set; } = Defaults["seniority-gap"];

    /// <summary>Whether mentor and mentee come from different departments ("cross-department").</summary>
    /// <value>The default value is 1.</value>
    public double CrossDepartment { get; set; } = Defaults["cross-department"];

    // The defaults are the core's (ScoringCriteria.Default), so they are written in one place.
    private static readonly Dictionary<string, double> Defaults = ScoringCriteria.Default().ToDictionary(c => c.Criterion.Name, c => c.Weight, StringComparer.Ordinal);

    // Each option with the name of the criterion it weighs (the name the core and settings files use).
    private static readonly (string Criterion, string Option, Func<CriterionWeightOptions, double> Weight)[] Names =
    [
        ("expertise", nameof(Expertise), o => o.Expertise),
        ("language", nameof(Language), o => o.Language),
        ("availability", nameof(Availability), o => o.Availability),
        ("shared-goals", nameof(SharedGoals), o => o.SharedGoals),
        ("seniority-gap", nameof(SeniorityGap), o => o.SeniorityGap),
        ("cross-department", nameof(CrossDepartment), o => o.CrossDepartment),
    ];

    /// <summary>The option that sets each criterion's weight, by criterion name.</summary>
    internal static IReadOnlyDictionary<string, string> OptionOf { get; } = Names.ToDictionary(n => n.Criterion, n => n.Option, StringComparer.Ordinal);

    /// <summary>The weights by criterion name, as <see cref="WeightSettings.Criteria"/> reads them.</summary>
    internal IReadOnlyDictionary<string, double> ByCriterion => Names.ToDictionary(n => n.Criterion, n => n.Weight(this), StringComparer.Ordinal);

    /// <summary>The built-in criteria with these weights, read and checked by the core (<see cref="WeightSettings.Criteria"/>).</summary>
    /// <exception cref="MentorGroups.Validation.MentorGroupsValidationException">A weight is unusable.</exception>
    internal IReadOnlyList<WeightedCriterion> CreateCriteria() => WeightSettings.Criteria(ByCriterion);
}
