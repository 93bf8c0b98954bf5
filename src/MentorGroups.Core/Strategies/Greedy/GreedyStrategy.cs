using System.Diagnostics;
using MentorGroups.Matching;
using MentorGroups.Matching.Solving;

namespace MentorGroups.Strategies.Greedy;

/// <summary>
/// Takes candidate pairs from the best down and places a mentee whenever the team still has room. Not first come,
/// first served: every pair of the programme competes on its score. Then, optionally, augments so that nobody who
/// could be placed is left out.
/// </summary>
internal sealed class GreedyStrategy(string name, bool augment) : IMatchingStrategy
{
    public string Name { get; } = name;

    public MatchingResult Match(MatchingRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var clock = Stopwatch.StartNew();
        var problem = MatchingProblem.Compile(request, cancellationToken);
        var assignment = problem.CreateAssignment();

        var count = 0;
        for (var m = 0; m < problem.Mentees.Count; m++)
        {
            count += problem.Candidates(m).Length;
        }

        // Sort keys pack (value, mentee, team) so one array sort orders every pair: best value first, then ids.
        var pairs = new (int Value, int Mentee, int Team)[count];
        var k = 0;
        for (var m = 0; m < problem.Mentees.Count; m++)
        {
            foreach (var c in problem.Candidates(m))
            {
                pairs[k++] = (c.Value, m, c.Team);
            }
        }

        cancellationToken.ThrowIfCancellationRequested();
        Array.Sort(pairs, static (a, b) =>
            a.Value != b.Value ? b.Value.CompareTo(a.Value) : a.Mentee != b.Mentee ? a.Mentee.CompareTo(b.Mentee) : a.Team.CompareTo(b.Team));

        for (var i = 0; i < pairs.Length; i++)
        {
            if ((i & 0xFFFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var (_, mentee, team) = pairs[i];
            if (assignment.TeamOf(mentee) < 0 && assignment.FreeSeats(team) > 0)
            {
                assignment.TryAssign(mentee, team);
            }
        }

        var augmented = augment ? PlacementAugmenter.Augment(assignment, cancellationToken) : 0;
        var metrics = new Dictionary<string, double>
        {
            ["candidatePairs"] = count,
            ["augmentedPlacements"] = augmented,
            ["elapsedMilliseconds"] = clock.Elapsed.TotalMilliseconds,
        };
        return problem.CreateResult(assignment, Name, metrics);
    }
}
