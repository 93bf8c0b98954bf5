using Google.OrTools.Graph;

namespace MentorGroups.Benchmarks.Infrastructure;

/// <summary>
/// The reference: Google OR-Tools' <c>MinCostFlow</c> on the same integer instance. Nodes are the mentees, the teams and
/// one sink; each mentee supplies one unit, which goes to a candidate team at cost −value (capacity 1) or straight to
/// the sink at cost 0 (staying out); each team passes at most its free seats on to the sink. The minimum cost, negated,
/// is the greatest total value.
/// </summary>
internal static class OrToolsBaseline
{
    public sealed record Outcome(long Objective, TimeSpan Build, TimeSpan Solve);

    public static Outcome Solve(CandidateGraph graph)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var n = graph.MenteeCount;
        var teams = graph.TeamCount;
        var sink = n + teams;
        var arcs = checked((int)(graph.PairCount + n + teams));
        using var flow = new MinCostFlow(sink + 1, arcs);
        for (var m = 0; m < n; m++)
        {
            flow.SetNodeSupply(m, 1);
            for (var i = graph.Offsets[m]; i < graph.Offsets[m + 1]; i++)
            {
                var c = graph.Pairs[i];
                flow.AddArcWithCapacityAndUnitCost(m, n + c.Team, 1, -c.Value);
            }

            flow.AddArcWithCapacityAndUnitCost(m, sink, 1, 0);
        }

        for (var t = 0; t < teams; t++)
        {
            flow.AddArcWithCapacityAndUnitCost(n + t, sink, graph.Seats[t], 0);
        }

        flow.SetNodeSupply(sink, -n);
        var built = clock.Elapsed;
        var status = flow.Solve();
        var solved = clock.Elapsed;
        if (status != MinCostFlowBase.Status.OPTIMAL)
        {
            throw new InvalidOperationException($"OR-Tools MinCostFlow ended with status {status}.");
        }

        return new Outcome(-flow.OptimalCost(), built, solved - built);
    }
}
