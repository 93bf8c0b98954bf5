namespace MentorGroups.DependencyInjection;

/// <summary>
/// The weights of the group-level objectives that strategies optimising whole groups trade against the pairwise
/// score. Pairwise strategies such as "greedy" ignore them. Each must be a finite number of zero or more; all zero
/// means "pairwise score only".
/// </summary>
public sealed class GroupObjectiveWeightOptions
{
    /// <summary>Prefer groups whose members share a weekly meeting slot (meetings are hard to schedule).</summary>
    /// <value>The default value is 2.</value>
    public double CommonSlot { get; set; } = 2;

    /// <summary>Prefer groups whose mentees' learning goals cohere around a common goal.</summary>
    /// <value>The default value is 1.</value>
    public double Cohesion { get; set; } = 1;

    /// <summary>Prefer groups that mix departments (diverse thinking).</summary>
    /// <value>The default value is 1.</value>
    public double Diversity { get; set; } = 1;

    /// <summary>Prefer an even load across mentors (no few mentors doing all the work).</summary>
    /// <value>The default value is 1.</value>
    public double Balance { get; set; } = 1;

    /// <summary>Each weight with its option name.</summary>
    internal IEnumerable<(string Option, double Weight)> Weights =>
    [
        (nameof(CommonSlot), CommonSlot), (nameof(Cohesion), Cohesion), (nameof(Diversity), Diversity), (nameof(Balance), Balance),
    ];
}
