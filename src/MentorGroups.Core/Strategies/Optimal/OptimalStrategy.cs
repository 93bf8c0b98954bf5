using System.Diagnostics;
using MentorGroups.Matching;
using MentorGroups.Matching.Solving;
using MentorGroups.Matching.Solving.Flow;

namespace MentorGroups.Strategies.Optimal;

/// <summary>
/// Places mentees so that the total pair value is as large as possible: the transportation problem solved exactly by
/// <see cref="CapacitatedAssignmentSolver{TGraph}"/> over the compiled candidates, fixed placements kept.
/// </summary>
internal sealed class OptimalStrategy(string name) : IMatchingStrategy
{
    public string Name { get; } = name;

    public MatchingResult Match(MatchingRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var clock = Stopwatch.StartNew();
        var problem = MatchingProblem.Compile(request, cancellationToken);
        var compiled = clock.Elapsed;
        var assignment = problem.CreateAssignment();

        var seats = new int[problem.Teams.Count];
        for (var t = 0; t < seats.Length; t++)
        {
            seats[t] = Math.Max(0, assignment.FreeSeats(t));
        }

        var graph = new ProblemCandidateGraph(problem);
        var solution = CapacitatedAssignmentSolver<ProblemCandidateGraph>.Solve(graph, seats, cancellationToken);
        var solved = clock.Elapsed;

        long candidatePairs = 0;
        for (var m = 0; m < solution.TeamOf.Length; m++)
        {
            candidatePairs += problem.Candidates(m).Length;
            var team = solution.TeamOf[m];
            if (team >= 0 && !assignment.TryAssign(m, team))
            {
                throw new InvalidOperationException("The optimal placement broke a capacity or a constraint; the candidate lists are inconsistent.");
            }
        }

        var statistics = solution.Statistics;
        var metrics = new Dictionary<string, double>
        {
            ["candidatePairs"] = candidatePairs,
            ["optimalObjective"] = assignment.Objective(),
            ["placedBySolver"] = statistics.Placed,
            ["directPlacements"] = statistics.DirectPlacements,
            ["augmentations"] = statistics.Augmentations,
            ["menteesMoved"] = statistics.Moves,
            ["menteesDisplaced"] = statistics.Displaced,
            ["teamsSearched"] = statistics.SettledTeams,
            ["memberScans"] = statistics.MemberScans,
            ["compileMilliseconds"] = compiled.TotalMilliseconds,
            ["solveMilliseconds"] = (solved - compiled).TotalMilliseconds,
            ["elapsedMilliseconds"] = clock.Elapsed.TotalMilliseconds,
        };
        return problem.CreateResult(assignment, Name, metrics);
    }
}
