using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using MentorGroups.Engine;
using MentorGroups.Strategies.Optimal;

namespace MentorGroups.Tests.Strategies;

/// <summary>
/// The solver behind the optimal strategy, fed raw candidate arrays and checked against a plain min-cost flow written
/// here (Bellman–Ford shortest paths on the explicit network) on instances too large to enumerate.
/// </summary>
public sealed class CapacitatedAssignmentSolverTests
{
    /// <summary>A random bipartite instance: seats per team and, per mentee, distinct candidate teams with values.</summary>
    public sealed record Instance(int Seed, int[] Seats, Candidate[][] Rows)
    {
        internal CompressedCandidateGraph Graph()
        {
            var offsets = new int[Rows.Length + 1];
            for (var m = 0; m < Rows.Length; m++)
            {
                offsets[m + 1] = offsets[m] + Rows[m].Length;
            }

            return new CompressedCandidateGraph(offsets, [.. Rows.SelectMany(r => r)], Seats.Length);
        }

        public override string ToString() =>
            $"seed {Seed}: seats [{string.Join(",", Seats)}], rows [{string.Join(" ", Rows.Select(r => string.Join(",", r.Select(c => $"{c.Team}:{c.Value}"))))}]";

        public static Instance Create(int seed, int mentees, int teams, int maxSeats, int maxValue)
        {
            var random = new Random(seed);
            var seats = Enumerable.Range(0, teams).Select(_ => random.Next(maxSeats + 1)).ToArray();
            var density = random.NextDouble();
            var rows = Enumerable.Range(0, mentees)
                .Select(_ => Enumerable.Range(0, teams).Where(_ => random.NextDouble() < density)
                    .Select(t => new Candidate(t, 1 + random.Next(maxValue))).OrderBy(_ => random.Next()).ToArray())
                .ToArray();
            return new Instance(seed, seats, rows);
        }
    }

    public static class Arbitraries
    {
        public static Arbitrary<Instance> Instances() =>
            (from seed in Gen.Choose(0, int.MaxValue - 1)
             from mentees in Gen.Choose(1, 45)
             from teams in Gen.Choose(1, 7)
             from maxSeats in Gen.Choose(0, 6)
             from maxValue in Gen.Elements(1, 3, 10, 1_000_001)
             select Instance.Create(seed, mentees, teams, maxSeats, maxValue)).ToArbitrary();
    }

    private static CapacitatedAssignment Solve(Instance instance) =>
        CapacitatedAssignmentSolver<CompressedCandidateGraph>.Solve(instance.Graph(), instance.Seats, TestContext.Current.CancellationToken);

    [Property(Arbitrary = [typeof(Arbitraries)], MaxTest = 200)]
    public Property Solve_RandomInstance_MatchesReferenceMinCostFlow(Instance instance)
    {
        var solution = Solve(instance);
        var expected = ReferenceOptimum(instance);

        return (solution.Objective == expected).Label($"objective {solution.Objective} should be {expected}")
            .And(IsFeasible(instance, solution).Label("feasible and objective adds up"))
            .Classify(solution.Statistics.Displaced > 0, "someone displaced")
            .Classify(solution.Statistics.MemberScans > 0, "members scanned");
    }

    [Fact]
    public void Solve_CrowdedInstances_MatchReferenceAndExerciseEveryPath()
    {
        // Shapes from sparse to crowded (up to 59 mentees for 10 teams of 1–4 seats), coarse and fine values: long
        // paths, displacements and ties all happen here.
        var totals = new CapacitatedAssignmentStatistics();
        for (var seed = 0; seed < 500; seed++)
        {
            var instance = Instance.Create(seed, 10 + seed % 50, 2 + seed % 9, 1 + seed % 4, (seed / 7) % 3 == 0 ? 5 : 1000);
            var solution = Solve(instance);

            Assert.True(ReferenceOptimum(instance) == solution.Objective, instance.ToString());
            Assert.True(IsFeasible(instance, solution), instance.ToString());
            totals.Displaced += solution.Statistics.Displaced;
            totals.MemberScans += solution.Statistics.MemberScans;
            totals.Moves += solution.Statistics.Moves;
        }

        Assert.True(totals.Displaced > 0 && totals.MemberScans > 0 && totals.Moves > 0);
    }

    [Fact]
    public void Solve_MoreTeamsThanAShortlistHolds_MatchesReference()
    {
        // Each mentee keeps only a few alternatives at hand; with 12–31 teams the shortlists fill up, get evicted from
        // and fall back on full scans, and the optimum must not notice.
        var scans = 0L;
        for (var seed = 0; seed < 60; seed++)
        {
            var instance = Instance.Create(seed, 40 + seed % 41, 12 + seed % 20, 1 + seed % 3, seed % 3 == 0 ? 4 : 1_000_001);
            var solution = Solve(instance);

            Assert.True(ReferenceOptimum(instance) == solution.Objective, instance.ToString());
            Assert.True(IsFeasible(instance, solution), instance.ToString());
            scans += solution.Statistics.MemberScans;
        }

        Assert.True(scans > 0);
    }

    [Property(Arbitrary = [typeof(Arbitraries)], MaxTest = 300)]
    public Property Solve_PairsTheOptimumDoesNotUseLeftOut_GivesTheSamePlacement(Instance instance)
    {
        // Bounded candidate lists leave pairs out; the choice among placements of equal value must not notice, or a
        // strategy's groups and explanations would depend on the list length (coarse values make such ties common).
        var full = Solve(instance);
        var random = new Random(instance.Seed);
        var rows = instance.Rows
            .Select((row, m) => row.Where(c => c.Team == full.TeamOf[m] || random.Next(3) == 0).ToArray())
            .ToArray();
        var fewer = Solve(instance with { Rows = rows });

        return full.TeamOf.SequenceEqual(fewer.TeamOf).Label($"placement [{string.Join(",", full.TeamOf)}] became [{string.Join(",", fewer.TeamOf)}]")
            .And((full.Objective == fewer.Objective).Label("same objective"));
    }

    [Fact]
    public void Solve_SameInstanceTwice_GivesTheSamePlacement()
    {
        var instance = Instance.Create(11, 45, 7, 3, 3);

        Assert.Equal(Solve(instance).TeamOf, Solve(instance).TeamOf);
    }

    [Fact]
    public void Solve_NoMenteesOrNoTeams_PlacesNobody()
    {
        var none = new Instance(0, [2, 3], []);
        var noTeams = new Instance(0, [], [[], []]);

        Assert.Equal(0, Solve(none).Objective);
        Assert.Equal([-1, -1], Solve(noTeams).TeamOf);
    }

    [Fact]
    public void Solve_SeatsOfTheWrongLengthOrNegative_Throw()
    {
        var instance = Instance.Create(1, 5, 3, 2, 10);
        var token = TestContext.Current.CancellationToken;

        Assert.Throws<ArgumentException>(() => CapacitatedAssignmentSolver<CompressedCandidateGraph>.Solve(instance.Graph(), [1, 1], token));
        Assert.Throws<ArgumentOutOfRangeException>(() => CapacitatedAssignmentSolver<CompressedCandidateGraph>.Solve(instance.Graph(), [1, -1, 1], token));
    }

    [Fact]
    public void Solve_PreCancelledToken_Throws()
    {
        var instance = Instance.Create(1, 5, 3, 2, 10);
        using var source = new CancellationTokenSource();
        source.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => CapacitatedAssignmentSolver<CompressedCandidateGraph>.Solve(instance.Graph(), instance.Seats, source.Token));
    }

    [Fact]
    public void CompressedCandidateGraph_InconsistentArrays_Throw()
    {
        Candidate[] pairs = [new(0, 5), new(1, 3)];

        Assert.Throws<ArgumentException>(() => new CompressedCandidateGraph([0, 1], pairs, 2));
        Assert.Throws<ArgumentException>(() => new CompressedCandidateGraph([0, 2, 1, 2], pairs, 2));
        Assert.Throws<ArgumentException>(() => new CompressedCandidateGraph([0, 2], pairs, 1));
        Assert.Throws<ArgumentException>(() => new CompressedCandidateGraph([0, 2], [new(0, 5), new(1, 0)], 2));
        Assert.Throws<ArgumentException>(() => new CompressedCandidateGraph([0, 2], [new(0, 5), new(1, TieBreak.MaxValue + 1)], 2));
    }

    private static bool IsFeasible(Instance instance, CapacitatedAssignment solution)
    {
        var load = new int[instance.Seats.Length];
        long total = 0;
        for (var m = 0; m < instance.Rows.Length; m++)
        {
            var team = solution.TeamOf[m];
            if (team < 0)
            {
                continue;
            }

            var pair = instance.Rows[m].Where(c => c.Team == team).ToArray();
            if (pair.Length != 1)
            {
                return false;
            }

            total += pair[0].Value;
            load[team]++;
        }

        return total == solution.Objective && load.Zip(instance.Seats).All(x => x.First <= x.Second)
            && solution.Statistics.Placed == solution.TeamOf.Count(t => t >= 0);
    }

    /// <summary>
    /// The optimum by textbook successive shortest paths: source → mentee (1, cost 0) → team (1, −value) → sink
    /// (seats, 0), plus mentee → sink (1, 0) for staying out; every mentee routes one unit, Bellman–Ford finds each
    /// cheapest path in the residual network.
    /// </summary>
    private static long ReferenceOptimum(Instance instance)
    {
        var n = instance.Rows.Length;
        var teams = instance.Seats.Length;
        var source = n + teams;
        var sink = source + 1;
        var tails = new List<int>();
        var to = new List<int>();
        var capacity = new List<int>();
        var cost = new List<long>();
        void Arc(int from, int target, int cap, long c)
        {
            // Arcs come in pairs: arc k and its reverse k ^ 1.
            tails.Add(from); to.Add(target); capacity.Add(cap); cost.Add(c);
            tails.Add(target); to.Add(from); capacity.Add(0); cost.Add(-c);
        }

        for (var m = 0; m < n; m++)
        {
            Arc(source, m, 1, 0);
            Arc(m, sink, 1, 0);
            foreach (var c in instance.Rows[m])
            {
                Arc(m, n + c.Team, 1, -c.Value);
            }
        }

        for (var t = 0; t < teams; t++)
        {
            Arc(n + t, sink, instance.Seats[t], 0);
        }

        long totalCost = 0;
        var nodes = sink + 1;
        for (var unit = 0; unit < n; unit++)
        {
            var dist = Enumerable.Repeat(long.MaxValue, nodes).ToArray();
            var via = new int[nodes];
            dist[source] = 0;
            for (var round = 0; round < nodes; round++)
            {
                var changed = false;
                for (var k = 0; k < to.Count; k++)
                {
                    var from = tails[k];
                    if (capacity[k] > 0 && dist[from] != long.MaxValue && dist[from] + cost[k] < dist[to[k]])
                    {
                        dist[to[k]] = dist[from] + cost[k];
                        via[to[k]] = k;
                        changed = true;
                    }
                }

                if (!changed)
                {
                    break;
                }
            }

            for (var v = sink; v != source; v = tails[via[v]])
            {
                capacity[via[v]]--;
                capacity[via[v] ^ 1]++;
            }

            totalCost += dist[sink];
        }

        return -totalCost;
    }
}
