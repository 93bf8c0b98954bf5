using System.Diagnostics;
using MentorGroups.Matching;
using MentorGroups.Engine;

namespace MentorGroups.Strategies.Stable;

/// <summary>
/// Deferred acceptance with capacities: mentees play residents, mentor teams play hospitals with their free seats
/// (after pins and existing groups) as capacity. The result is stable: no mentee and group both prefer each other to
/// what they got. Preferences come from the request's explicit lists, or else from the pair scores.
/// </summary>
internal sealed class StableMatchingStrategy(string name, StableMatchingProposer proposer) : ICompiledProblemStrategy
{
    public string Name { get; } = name;

    public MatchingResult Match(MatchingRequest request, CancellationToken cancellationToken = default) =>
        Match(MatchingProblem.Compile(request, cancellationToken), cancellationToken);

    public MatchingResult Match(MatchingProblem problem, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(problem);
        cancellationToken.ThrowIfCancellationRequested();
        var clock = Stopwatch.StartNew();
        var assignment = problem.CreateAssignment();
        var capacity = new int[problem.Teams.Count];
        for (var t = 0; t < capacity.Length; t++)
        {
            capacity[t] = Math.Max(0, assignment.FreeSeats(t));
        }

        var model = PreferenceModel.Create(problem, cancellationToken);
        var outcome = proposer == StableMatchingProposer.Mentors
            ? DeferredAcceptance.MentorProposing(model, capacity, cancellationToken)
            : DeferredAcceptance.MenteeProposing(model, capacity, cancellationToken);

        for (var m = 0; m < outcome.TeamOf.Length; m++)
        {
            if (outcome.TeamOf[m] >= 0 && !assignment.TryAssign(m, outcome.TeamOf[m]))
            {
                // Only allowed pairs are ever proposed and capacities are the free seats, so this is a bug here.
                throw new InvalidOperationException($"Stable matching produced a placement the assignment refuses (mentee index {m}).");
            }
        }

        var blocking = DeferredAcceptance.CountBlockingPairs(model, capacity, outcome, cancellationToken);
        var candidatePairs = 0L;
        for (var m = 0; m < problem.Mentees.Count; m++)
        {
            candidatePairs += problem.Candidates(m).Length;
        }

        var metrics = new Dictionary<string, double>
        {
            // The pairs compiled into candidate lists, as greedy and optimal report them (explicit lists rank among these).
            ["candidatePairs"] = candidatePairs,
            ["proposals"] = outcome.Proposals,
            ["explicitPreferences"] = model.IsExplicit ? 1 : 0,
            ["blockingPairs"] = blocking,
            ["stable"] = blocking == 0 ? 1 : 0,
            ["compileMilliseconds"] = problem.CompileTime.TotalMilliseconds,
            ["elapsedMilliseconds"] = (problem.CompileTime + clock.Elapsed).TotalMilliseconds,
        };
        // With explicit lists a free seat may be one the mentee never ranked, so the result must not fill it.
        return problem.CreateResult(assignment, Name, metrics, fillFreeSeats: !model.IsExplicit, cancellationToken: cancellationToken);
    }
}
