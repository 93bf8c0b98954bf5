using System.Diagnostics;
using MentorGroups.Matching;
using MentorGroups.Rules.Objectives;
using MentorGroups.Engine;

namespace MentorGroups.Strategies.GroupFormation;

/// <summary>The settings a run needs, copied from the options.</summary>
internal sealed record FormationSettings(int ImprovementPasses, TimeSpan TimeBudget, IProgress<GroupFormationProgress>? Progress, TimeSpan ProgressInterval);

/// <summary>
/// Forms groups: plans the mentor teams (<see cref="TeamPlanner"/>), compiles the request with them, places mentees so
/// that groups can meet (<see cref="GreedyFill"/>, then <see cref="PlacementChains"/> until nobody else can be placed),
/// brings groups to the minimum or consolidates them (<see cref="SizeBalancer"/>), repairs meeting times and improves
/// the fit (<see cref="GroupImprover"/>), and explains everyone left out from the final groups
/// (<see cref="FormationExplainer"/>). Deterministic for a request and seed unless the time budget runs out.
/// </summary>
internal sealed class GroupFormationStrategy(string name, FormationSettings settings) : IMatchingStrategy
{
    public string Name { get; } = name;

    public MatchingResult Match(MatchingRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var clock = Stopwatch.StartNew();
        var progress = new FormationProgress(settings.Progress, settings.ProgressInterval);
        progress.Report(GroupFormationStage.Planning, 0, request.Mentors.Count);
        var inRunningGroups = request.ExistingGroups.SelectMany(g => g.Mentees).Count(id => !request.HasWithdrawn(id));
        var plan = TeamPlanner.Plan(request, request.Mentees.Count - inRunningGroups, cancellationToken);
        var planned = clock.Elapsed;

        progress.Report(GroupFormationStage.Compiling, 0, request.Mentees.Count);
        var problem = MatchingProblem.Compile(request, plan, cancellationToken);
        var compiled = clock.Elapsed;

        var state = new FormationState(problem);
        var policy = problem.Policy;
        var minimum = Math.Max(1, policy.MinMentees.Value);
        var hard = policy.MinMentees.IsHard && minimum > 1;
        var chains = new PlacementChains(state);
        var firstFill = GreedyFill.Run(state, minimum, progress, cancellationToken);
        var chained = PlaceAll(chains, canOpen: true, progress, cancellationToken);

        var balancer = new SizeBalancer(state, minimum, hard);
        balancer.Run(progress, cancellationToken);
        // Under a hard minimum nobody may start a group alone now: it could not grow to the minimum any more.
        chained += PlaceAll(chains, canOpen: !hard, progress, cancellationToken);
        var formed = clock.Elapsed;

        var deadline = DateTime.UtcNow + settings.TimeBudget;
        var cohesion = request.GroupObjectives.Where(o => o.Objective is GoalCohesionObjective).Sum(o => o.Weight);
        var improver = new GroupImprover(state, minimum, cohesion, deadline);
        improver.RepairMeetings(progress, cancellationToken);
        improver.Improve(settings.ImprovementPasses, progress, cancellationToken);
        improver.RepairMeetings(progress, cancellationToken);
        chained += PlaceAll(chains, canOpen: !hard, progress, cancellationToken);
        var widened = WidenToFreeSeats(state, canOpen: !hard, cancellationToken);
        if (widened > 0)
        {
            chained += PlaceAll(chains, canOpen: !hard, progress, cancellationToken);
        }

        var improved = clock.Elapsed;

        progress.Report(GroupFormationStage.Explaining, 0, problem.Mentees.Count);
        var leftOut = FormationExplainer.LeftOut(state, balancer.Closed, minimum, hard, cancellationToken);
        var idle = FormationExplainer.IdleTeams(state, balancer.Closed, minimum, hard);
        var metrics = Metrics(state, minimum);
        metrics["firstFillPlacements"] = firstFill;
        metrics["chainPlacements"] = chained;
        metrics["candidatesAdded"] = widened;
        metrics["groupsConsolidated"] = balancer.Closed.Count;
        metrics["menteesMovedForMinimum"] = balancer.Moved;
        metrics["improvingMoves"] = improver.Moves;
        metrics["improvingSwaps"] = improver.Swaps;
        metrics["meetingTimesRepaired"] = improver.Repaired;
        metrics["stoppedByTimeBudget"] = improver.StoppedByTime ? 1 : 0;
        metrics["planMilliseconds"] = planned.TotalMilliseconds;
        metrics["compileMilliseconds"] = (compiled - planned).TotalMilliseconds;
        metrics["formMilliseconds"] = (formed - compiled).TotalMilliseconds;
        metrics["improveMilliseconds"] = (improved - formed).TotalMilliseconds;
        metrics["elapsedMilliseconds"] = clock.Elapsed.TotalMilliseconds;
        return problem.CreateResult(state.Assignment, Name, metrics, fillFreeSeats: false, leftOut, idle, cancellationToken);
    }

    private static int PlaceAll(PlacementChains chains, bool canOpen, FormationProgress progress, CancellationToken cancellationToken) =>
        chains.Run(keepMeeting: true, canOpen, progress, cancellationToken) + chains.Run(keepMeeting: false, canOpen, progress, cancellationToken);

    // Bounds the extra scan, which costs a constraint check per pair, on programmes with many free seats and unplaced mentees.
    private const long WideningPairLimit = 20_000_000;

    /// <summary>
    /// Gives teams that still have free seats to every unplaced mentee the hard constraints allow with them, when the
    /// compiled lists were bounded and left them out; returns how many candidates were added.
    /// </summary>
    private static int WidenToFreeSeats(FormationState state, bool canOpen, CancellationToken cancellationToken)
    {
        var problem = state.Problem;
        var teams = Enumerable.Range(0, problem.Teams.Count).Where(t => state.HasRoom(t) && (canOpen || state.Size(t) > 0)).ToArray();
        var unplaced = Enumerable.Range(0, problem.Mentees.Count).Where(m => state.Assignment.TeamOf(m) < 0 && !problem.IsFixed(m)).ToArray();
        if (teams.Length == 0 || unplaced.Length == 0 || (long)teams.Length * unplaced.Length > WideningPairLimit)
        {
            return 0;
        }

        var added = 0;
        foreach (var m in unplaced)
        {
            cancellationToken.ThrowIfCancellationRequested();
            foreach (var t in teams)
            {
                if (state.ValueOf(m, t) < 0 && problem.IsAllowed(m, t))
                {
                    state.AddCandidate(m, t);
                    added++;
                }
            }
        }

        return added;
    }

    private static Dictionary<string, double> Metrics(FormationState state, int minimum)
    {
        var groups = 0;
        var meeting = 0;
        var small = 0;
        for (var t = 0; t < state.Members.Length; t++)
        {
            if (state.Size(t) == 0)
            {
                continue;
            }

            groups++;
            meeting += state.CanMeet(t) ? 1 : 0;
            small += state.Size(t) < minimum ? 1 : 0;
        }

        return new Dictionary<string, double>(StringComparer.Ordinal)
        {
            ["groups"] = groups,
            ["groupsWithCommonSlot"] = meeting,
            ["groupsBelowMinimum"] = small,
            ["placed"] = state.Members.Sum(l => l.Count),
        };
    }
}
