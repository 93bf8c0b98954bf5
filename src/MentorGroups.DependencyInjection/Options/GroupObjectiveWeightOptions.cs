using MentorGroups.Rules.Objectives;

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
    public double CommonSlot { get; set; } = GroupObjectives.CommonMeetingSlotWeight;

    /// <summary>Prefer groups whose mentees' learning goals cohere around the programme's shared goal.</summary>
    /// <value>The default value is 0.5.</value>
    public double Cohesion { get; set; } = GroupObjectives.GoalCohesionWeight;

    /// <summary>Prefer groups that mix organisational units (diverse thinking).</summary>
    /// <value>The default value is 0 (reported, not optimised).</value>
    public double Diversity { get; set; } = GroupObjectives.UnitDiversityWeight;

    /// <summary>Prefer groups of even size.</summary>
    /// <value>The default value is 0.25.</value>
    public double GroupSize { get; set; } = GroupObjectives.BalancedSizeWeight;

    /// <summary>Prefer an even load across mentors (no few mentors doing all the work).</summary>
    /// <value>The default value is 0.25.</value>
    public double MentorLoad { get; set; } = GroupObjectives.MentorLoadWeight;

    /// <summary>Each weight with its option name.</summary>
    internal IEnumerable<(string Option, double Weight)> Weights => ByObjective.Select(w => (w.Option, w.Weight));

    private IEnumerable<(string Option, string Objective, double Weight)> ByObjective =>
    [
        (nameof(CommonSlot), CommonMeetingSlotObjective.DefaultName, CommonSlot),
        (nameof(Cohesion), GoalCohesionObjective.DefaultName, Cohesion),
        (nameof(Diversity), UnitDiversityObjective.DefaultName, Diversity),
        (nameof(GroupSize), BalancedGroupSizeObjective.DefaultName, GroupSize),
        (nameof(MentorLoad), BalancedMentorLoadObjective.DefaultName, MentorLoad),
    ];

    /// <summary>The library's objectives with these weights.</summary>
    internal IReadOnlyList<WeightedGroupObjective> CreateObjectives()
    {
        var byObjective = ByObjective.ToDictionary(w => w.Objective, w => w.Weight, StringComparer.Ordinal);
        return GroupObjectives.Default()
            .Select(o => byObjective.TryGetValue(o.Objective.Name, out var weight) ? o with { Weight = weight } : o)
            .ToArray();
    }
}
