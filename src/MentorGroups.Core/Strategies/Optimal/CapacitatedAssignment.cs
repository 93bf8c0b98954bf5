
namespace MentorGroups.Strategies.Optimal;

/// <summary>What <see cref="CapacitatedAssignmentSolver{TGraph}"/> found.</summary>
/// <param name="TeamOf">The team of each mentee, -1 for none.</param>
/// <param name="Objective">The total value of the placed pairs: the optimum.</param>
/// <param name="Statistics">Figures about the run.</param>
/// <param name="Prices">
/// The final team prices (the dual of each team's seats), in solver costs: with profit
/// <c>u[x] = Costs[x] − Prices[TeamOf[x]]</c> for a placed mentee and 0 otherwise, <c>u[x] + Prices[t] ≥ cost(x, t)</c>
/// holds for every candidate pair, which is what
/// proves the placement optimal, and what a pair left out of the graph must also satisfy for it to stay optimal.
/// </param>
/// <param name="Costs">
/// The solver cost of each placed mentee's pair, in <paramref name="TieBreak"/>'s scale (left over from an earlier
/// placement, or 0, for the unplaced).
/// </param>
/// <param name="TieBreak">How pair values became the solver's costs; prices and profits are in its scale.</param>
internal sealed record CapacitatedAssignment(int[] TeamOf, long Objective, CapacitatedAssignmentStatistics Statistics, long[] Prices, long[] Costs, TieBreak TieBreak)
{
    /// <summary>The mentee's profit at the final prices: 0 when unplaced.</summary>
    public long Profit(int mentee) => TeamOf[mentee] < 0 ? 0 : Costs[mentee] - Prices[TeamOf[mentee]];
}

/// <summary>Figures about one solver run, for metrics and tuning.</summary>
internal struct CapacitatedAssignmentStatistics
{
    /// <summary>Mentees placed in the end.</summary>
    public int Placed;

    /// <summary>Mentees placed straight in their best team, without a search.</summary>
    public int DirectPlacements;

    /// <summary>Shortest-path searches run (mentees whose best team was full).</summary>
    public int Augmentations;

    /// <summary>Placed mentees moved to another team along an augmenting path.</summary>
    public long Moves;

    /// <summary>Placed mentees taken out again because a newcomer was worth more.</summary>
    public int Displaced;

    /// <summary>Mentees no team was worth a seat to at the prices when they were added.</summary>
    public int LeftOut;

    /// <summary>Full teams the searches passed through.</summary>
    public long SettledTeams;

    /// <summary>Members whose candidates a search had to scan.</summary>
    public long MemberScans;
}
