// Guide example: begin
using MentorGroups.Matching;
using MentorGroups.Engine;

namespace MentorGroups.Tests.Documentation;

/// <summary>
/// Spreads mentees so that no mentor does all the work: mentees are placed one at a time, each in the least-loaded
/// group they may join (ties go to the better fit, then the lower index).
/// </summary>
public sealed class LeastLoadedFirstStrategy : IMatchingStrategy
{
    public string Name => "least-loaded-first";

    public MatchingResult Match(MatchingRequest request, CancellationToken cancellationToken = default)
    {
        // 1. Compile: teams with capacities, allowed candidates with integer values, fixed pins and existing groups.
        var problem = MatchingProblem.Compile(request, cancellationToken);
        var assignment = problem.CreateAssignment();

        // 2. Decide. Mentees with fewer options go first, so they are not crowded out; indexes break ties,
        //    which keeps the result the same whatever order the HR system listed people in.
        var order = Enumerable.Range(0, problem.Mentees.Count)
            .OrderBy(m => problem.Candidates(m).Length)
            .ThenBy(m => m);
        foreach (var mentee in order)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var best = -1;
            foreach (var candidate in problem.Candidates(mentee))
            {
                if (assignment.FreeSeats(candidate.Team) > 0
                    && (best < 0 || assignment.Load(candidate.Team) < assignment.Load(best)))
                {
                    best = candidate.Team; // Candidates come best first, so an equal load keeps the better fit.
                }
            }

            if (best >= 0)
            {
                assignment.TryAssign(mentee, best);
            }
        }

        // 3. Let the library check the assignment, form the groups and explain every placement and non-placement.
        return problem.CreateResult(assignment, Name, cancellationToken: cancellationToken);
    }
}
// Guide example: end
