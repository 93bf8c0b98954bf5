using MentorGroups.Matching;
using MentorGroups.Engine;

namespace MentorGroups.PackageConsumer;

/// <summary>
/// An integrator's own strategy, written only against the public solving API: each free mentee, in index order, joins
/// the allowed team with the most free seats (the better-scoring team on a tie), and augmenting paths then place anyone
/// left over. It spreads load evenly rather than chasing the best score, which is exactly the kind of custom rule the
/// conformance kit has to accept as long as the invariants hold.
/// </summary>
internal sealed class LeastLoadedStrategy : IMatchingStrategy
{
    public const string StrategyName = "least-loaded";

    public string Name => StrategyName;

    public MatchingResult Match(MatchingRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        cancellationToken.ThrowIfCancellationRequested();
        var problem = MatchingProblem.Compile(request, cancellationToken);
        var assignment = problem.CreateAssignment();

        for (var mentee = 0; mentee < problem.Mentees.Count; mentee++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var chosen = -1;
            // Candidates come best first, so keeping the first team with strictly more room breaks ties by score.
            foreach (var candidate in problem.Candidates(mentee))
            {
                if (assignment.FreeSeats(candidate.Team) > 0
                    && (chosen < 0 || assignment.FreeSeats(candidate.Team) > assignment.FreeSeats(chosen)))
                {
                    chosen = candidate.Team;
                }
            }

            if (chosen >= 0)
            {
                assignment.TryAssign(mentee, chosen);
            }
        }

        PlacementAugmenter.Augment(assignment, cancellationToken);
        return problem.CreateResult(assignment, Name, cancellationToken: cancellationToken);
    }
}
