using MentorGroups.Rules.Objectives;
using MentorGroups.Settings;

namespace MentorGroups.DependencyInjection;

/// <summary>
/// The weights of the group-level objectives that the "group-optimising" strategy trades against the pairwise score;
/// pairwise strategies ("greedy", "optimal", "stable") report the objectives but do not optimise them. Each must be a
/// finite number of zero or more; all zero means "pairwise score only". The defaults are the library's
/// (<see cref="GroupObjectives.Default"/>).
/// </summary>
public sealed class GroupObjectiveWeightOptions
{
    /// <summary>Prefer groups whose members share a weekly meeting slot (meetings are hard to schedule).</summary>
    /// <value>The default value is 2.</value>
    public double CommonSlot { get; set; } = Defaults["common-meeting-slot"];

    /// <summary>Prefer groups whose mentees' learning goals cohere around the programme's shared goal.</summary>
    /// <value>The default value is 0.5.</value>
    public double Cohesion { get; set; } = Defaults["goal-cohesion"];

    /// <summary>Prefer groups that mix organisational units (diverse thinking).</summary>
    /// <value>The default value is 0 (reported, not optimised).</value>
    public double Diversity { get; set; } = Defaults["unit-diversity"];

    /// <summary>Prefer groups of even size.</summary>
    /// <value>The default value is 0.25.</value>
    public double GroupSize { get; set; } = Defaults["balanced-size"];

    /// <summary>Prefer an even load across mentors (no few mentors doing all the work).</summary>
    /// <value>The default value is 0.25.</value>
    public double MentorLoad { get; set; } = Defaults["mentor-load"];

    // The defaults are the core's (GroupObjectives.Default), so they are written in one place.
    private static readonly Dictionary<string, double> Defaults = GroupObjectives.Default().ToDictionary(o => o.Objective.Name, o => o.Weight, StringComparer.Ordinal);

    // Each option with the name of the objective it weighs (the name the core reports).
    private static readonly (string Objective, string Option, Func<GroupObjectiveWeightOptions, double> Weight)[] Names =
    [
        ("common-meeting-slot", nameof(CommonSlot), o => o.CommonSlot),
        ("goal-cohesion", nameof(Cohesion), o => o.Cohesion),
        ("unit-diversity", nameof(Diversity), o => o.Diversity),
        ("balanced-size", nameof(GroupSize), o => o.GroupSize),
        ("mentor-load", nameof(MentorLoad), o => o.MentorLoad),
    ];

    /// <summary>The option that sets each objective's weight, by objective name.</summary>
    internal static IReadOnlyDictionary<string, string> OptionOf { get; } = Names.ToDictionary(n => n.Objective, n => n.Option, StringComparer.Ordinal);

    /// <summary>The weights by objective name, as <see cref="WeightSettings.GroupObjectives"/> reads them.</summary>
    internal IReadOnlyDictionary<string, double> ByObjective => Names.ToDictionary(n => n.Objective, n => n.Weight(this), StringComparer.Ordinal);

    /// <summary>The library's objectives with these weights, read and checked by the core (<see cref="WeightSettings.GroupObjectives"/>).</summary>
    /// <exception cref="MentorGroups.Validation.MentorGroupsValidationException">A weight is unusable.</exception>
    internal IReadOnlyList<WeightedGroupObjective> CreateObjectives() => WeightSettings.GroupObjectives(ByObjective);
}
