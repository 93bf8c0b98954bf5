using System.Diagnostics;
using MentorGroups.Matching;
using MentorGroups.Engine;

namespace MentorGroups.Strategies.Greedy;

/// <summary>
/// Takes candidate pairs from the best down and places a mentee whenever the team still has room. Not first come,
/// first served: every pair of the programme competes on its score. Then, optionally, augments so that nobody who
/// could be placed is left out.
/// </summary>
internal sealed class GreedyStrategy(string name, bool augment) : ICompiledProblemStrategy
{
    public string Name { get; } = name;

    public MatchingResult Match(MatchingRequest request, CancellationToken cancellationToken = default) =>
        Match(MatchingProblem.Compile(request, cancellationToken), cancellationToken);

    public MatchingResult Match(MatchingProblem problem, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(problem);
        var clock = Stopwatch.StartNew();
        var assignment = problem.CreateAssignment();

        var (mentees, teams) = OrderPairs(problem, cancellationToken);
        for (var i = 0; i < mentees.Length; i++)
        {
            if ((i & 0xFFFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var (mentee, team) = (mentees[i], teams[i]);
            if (assignment.TeamOf(mentee) < 0 && assignment.FreeSeats(team) > 0)
            {
                assignment.TryAssign(mentee, team);
            }
        }

        var augmented = augment ? PlacementAugmenter.Augment(assignment, cancellationToken) : 0;
        var metrics = new Dictionary<string, double>
        {
            ["candidatePairs"] = mentees.Length,
            ["augmentedPlacements"] = augmented,
            ["compileMilliseconds"] = problem.CompileTime.TotalMilliseconds,
            ["elapsedMilliseconds"] = (problem.CompileTime + clock.Elapsed).TotalMilliseconds,
        };
        return problem.CreateResult(assignment, Name, metrics, cancellationToken: cancellationToken);
    }

    /// <summary>
    /// Every candidate pair, best value first, then by mentee, then by team. Values are small integers, so a counting
    /// sort on the value does it in linear time: within one value, mentees come in index order, and each mentee's
    /// candidates are already ordered by value and then team.
    /// </summary>
    private static (int[] Mentees, int[] Teams) OrderPairs(MatchingProblem problem, CancellationToken cancellationToken)
    {
        var start = new int[MatchingProblem.ScoreResolution + 3];
        var count = 0;
        for (var m = 0; m < problem.Mentees.Count; m++)
        {
            foreach (var c in problem.Candidates(m))
            {
                start[c.Value]++;
            }

            count += problem.Candidates(m).Length;
        }

        // Highest value first: each value's block starts where the blocks of all higher values end.
        var position = 0;
        for (var v = start.Length - 1; v >= 0; v--)
        {
            var size = start[v];
            start[v] = position;
            position += size;
        }

        var mentees = new int[count];
        var teams = new int[count];
        for (var m = 0; m < problem.Mentees.Count; m++)
        {
            if ((m & 0x3FF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            foreach (var c in problem.Candidates(m))
            {
                var at = start[c.Value]++;
                mentees[at] = m;
                teams[at] = c.Team;
            }
        }

        return (mentees, teams);
    }
}
