using System.Diagnostics;
using MentorGroups.Engine;
using MentorGroups.Matching;

namespace MentorGroups.Strategies.Optimal;

/// <summary>
/// Places mentees so that the total pair value is as large as possible: the transportation problem solved exactly by
/// <see cref="CapacitatedAssignmentSolver{TGraph}"/> over the compiled candidates, fixed placements kept. When the
/// candidate lists are bounded, <see cref="DualCheck"/> proves the result optimal over every allowed pair, growing the
/// lists of mentees that fail the proof and solving again until none does.
/// </summary>
internal sealed class OptimalStrategy(string name) : ICompiledProblemStrategy
{
    /// <summary>After this many rounds, failing mentees get every allowed team, so the next round is the last.</summary>
    private const int RoundsBeforeCompleteLists = 8;

    public string Name { get; } = name;

    public MatchingResult Match(MatchingRequest request, CancellationToken cancellationToken = default) =>
        Match(MatchingProblem.Compile(request, cancellationToken), cancellationToken);

    public MatchingResult Match(MatchingProblem problem, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(problem);
        var clock = Stopwatch.StartNew();
        var assignment = problem.CreateAssignment();

        var seats = new int[problem.Teams.Count];
        for (var t = 0; t < seats.Length; t++)
        {
            seats[t] = Math.Max(0, assignment.FreeSeats(t));
        }

        var lists = new Candidate[problem.Mentees.Count][];
        for (var m = 0; m < lists.Length; m++)
        {
            lists[m] = problem.Candidates(m).ToArray();
        }

        var check = new DualCheck(problem, lists);
        var (solution, rounds, solveTime, checkTime) = SolveUntilProven(check, new JaggedCandidateGraph(lists, problem.Teams.Count), seats, clock, cancellationToken);

        for (var m = 0; m < solution.TeamOf.Length; m++)
        {
            var team = solution.TeamOf[m];
            if (team >= 0 && !assignment.TryAssign(m, team))
            {
                throw new InvalidOperationException("The optimal placement broke a capacity or a constraint; the candidate lists are inconsistent.");
            }
        }

        var statistics = solution.Statistics;
        var metrics = new Dictionary<string, double>
        {
            ["candidatePairs"] = check.PairCount(),
            ["candidateLimit"] = problem.CandidateLimit == int.MaxValue ? 0 : problem.CandidateLimit,
            ["optimalObjective"] = assignment.Objective(),
            ["optimalityProven"] = 1,
            ["optimalityRounds"] = rounds,
            ["menteesGrown"] = check.Grown,
            ["rowRescans"] = check.RowScans,
            ["fewTeamChecks"] = check.FewTeamChecks,
            ["placedBySolver"] = statistics.Placed,
            ["directPlacements"] = statistics.DirectPlacements,
            ["augmentations"] = statistics.Augmentations,
            ["menteesMoved"] = statistics.Moves,
            ["menteesDisplaced"] = statistics.Displaced,
            ["teamsSearched"] = statistics.SettledTeams,
            ["memberScans"] = statistics.MemberScans,
            ["compileMilliseconds"] = problem.CompileTime.TotalMilliseconds,
            ["solveMilliseconds"] = solveTime.TotalMilliseconds,
            ["proofMilliseconds"] = checkTime.TotalMilliseconds,
            ["elapsedMilliseconds"] = (problem.CompileTime + clock.Elapsed).TotalMilliseconds,
        };
        return problem.CreateResult(assignment, Name, metrics, cancellationToken: cancellationToken);
    }

    /// <summary>Solves over the current lists, grows the lists of mentees the dual check rejects, and repeats until none is.</summary>
    private static (CapacitatedAssignment Solution, int Rounds, TimeSpan SolveTime, TimeSpan CheckTime) SolveUntilProven(
        DualCheck check,
        JaggedCandidateGraph graph,
        int[] seats,
        Stopwatch clock,
        CancellationToken cancellationToken)
    {
        var rounds = 0;
        var solveTime = TimeSpan.Zero;
        var checkTime = TimeSpan.Zero;
        CapacitatedAssignment solution;
        int grown;
        do
        {
            rounds++;
            var started = clock.Elapsed;
            solution = CapacitatedAssignmentSolver<JaggedCandidateGraph>.Solve(graph, seats, cancellationToken);
            var solved = clock.Elapsed;
            solveTime += solved - started;
            grown = check.GrowViolated(solution, seats, complete: rounds >= RoundsBeforeCompleteLists, cancellationToken);
            checkTime += clock.Elapsed - solved;
        }
        while (grown > 0);

        return (solution, rounds, solveTime, checkTime);
    }
}
