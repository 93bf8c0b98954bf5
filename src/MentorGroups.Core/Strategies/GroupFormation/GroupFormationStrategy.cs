using System.Diagnostics;
using MentorGroups.Matching;
using MentorGroups.Rules.Objectives;
using MentorGroups.Engine;

namespace MentorGroups.Strategies.GroupFormation;

/// <summary>One round of formation: the groups, how sizes were balanced, and its figures.</summary>
internal sealed record FormationRun(FormationState State, SizeBalancer Balancer, int Minimum, bool Hard, int Placed, Dictionary<string, double> Metrics);

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
        var run = FormWithRounds(request, plan, progress, cancellationToken);
        var rounds = plan is null ? [run] : SearchPlans(request, run, plan, clock, progress, cancellationToken);
        run = ExploreBest(request, rounds, clock, cancellationToken);

        progress.Report(GroupFormationStage.Explaining, 0, request.Mentees.Count);
        var state = run.State;
        var leftOut = FormationExplainer.LeftOut(state, run.Balancer.Closed, run.Minimum, run.Hard, cancellationToken);
        var idle = FormationExplainer.IdleTeams(state, run.Balancer.Closed, run.Minimum, run.Hard);
        run.Metrics["elapsedMilliseconds"] = clock.Elapsed.TotalMilliseconds;
        return state.Problem.CreateResult(state.Assignment, Name, run.Metrics, fillFreeSeats: false, leftOut, idle, cancellationToken);
    }

    /// <summary>
    /// Forms groups with the plan, then with its idle co-led pairs split and with the mentors no group uses planned
    /// again, keeping the round that places most.
    /// </summary>
    private FormationRun FormWithRounds(MatchingRequest request, TeamPlan? plan, FormationProgress progress, CancellationToken cancellationToken)
    {
        var run = Form(request, plan, progress, cancellationToken);
        var rounds = 1;
        (run, plan) = SplitRounds(request, run, plan, start: false, ref rounds, progress, cancellationToken);

        // Mentors still idle may open groups for the mentees still left out, as a re-match of these groups would: plan
        // them alone, keep everyone placed where they are as a start, and keep the round if it places more.
        if (plan is not null && PlanIdleMentors(request, run, cancellationToken) is { } widened)
        {
            var next = Form(request, widened, progress, cancellationToken, start: run.State);
            if (next.Placed > run.Placed)
            {
                run = next;
                run.Metrics["idleMentorRound"] = 1;

                // The idle mentors' plan can pair two of them again, into a team that one left-out mentee cannot join
                // although either mentor alone could take them: split such pairs too, keeping the groups formed.
                (run, _) = SplitRounds(request, run, widened, start: true, ref rounds, progress, cancellationToken);
            }
        }

        return run;
    }

    /// <summary>
    /// Splits the plan's co-led teams that formed with nobody while a left-out mentee could join one of their mentors
    /// alone (<see cref="SplitIdlePairs"/>), forms again and keeps the round while it places at least as many.
    /// </summary>
    private (FormationRun Run, TeamPlan? Plan) SplitRounds(MatchingRequest request, FormationRun run, TeamPlan? plan, bool start, ref int rounds, FormationProgress progress, CancellationToken cancellationToken)
    {
        // A co-led group that formed with nobody may keep out mentees either mentor would take alone: plan again with
        // its mentors leading alone, and keep the round that places more. Splitting one pair can leave another pair
        // idle (its mentees now join the mentors who lead alone), so this repeats; every round has fewer pairs, and a
        // round that places fewer ends it.
        while (rounds <= MaxSplitRounds && plan is not null && SplitIdlePairs(run, plan) is { } split)
        {
            var next = Form(request, split, progress, cancellationToken, start: start ? run.State : null);
            if (next.Placed < run.Placed)
            {
                break;
            }

            // Ties go to the later round: it places as many, with fewer idle pairs.
            if (run.Metrics.ContainsKey("idleMentorRound"))
            {
                next.Metrics["idleMentorRound"] = 1;
            }

            run = next;
            plan = split;
            run.Metrics["splitRounds"] = rounds++;
        }

        return (run, plan);
    }

    /// <summary>
    /// On a programme with few free mentors, forms groups under every other team plan (<see cref="PlanSearch"/>) and
    /// returns the best rounds (<see cref="FormationQuality"/>), at most <see cref="ExploredPlans"/>, best first; the
    /// planner's own round comes first among equals. Otherwise, or when the time budget is spent, fewer. The rounds are
    /// then explored further: which plan is best is only known once each is searched well.
    /// </summary>
    private List<FormationRun> SearchPlans(MatchingRequest request, FormationRun run, TeamPlan planned, Stopwatch clock, FormationProgress progress, CancellationToken cancellationToken)
    {
        var cohesion = CohesionWeight(request);
        var best = new List<(FormationRun Run, FormationQuality Quality)> { (run, FormationQuality.Of(run.State, run.Minimum, cohesion)) };
        var busy = new HashSet<Participants.ParticipantId>(request.ExistingGroups.SelectMany(g => g.Mentors));
        var tried = 1;
        foreach (var plan in PlanSearch.AllPlans(request, busy) ?? [])
        {
            if (clock.Elapsed > settings.TimeBudget)
            {
                break;
            }

            if (SamePlan(plan, planned))
            {
                continue;
            }

            tried++;
            var next = FormWithRounds(request, plan, progress, cancellationToken);
            Keep(best, next, FormationQuality.Of(next.State, next.Minimum, cohesion));
        }

        foreach (var (kept, _) in best)
        {
            kept.Metrics["plansTried"] = tried;
        }

        return [.. best.Select(b => b.Run)];
    }

    /// <summary>Inserts the round among the best by quality (after its equals) and keeps at most <see cref="ExploredPlans"/>.</summary>
    private static void Keep(List<(FormationRun Run, FormationQuality Quality)> best, FormationRun run, FormationQuality quality)
    {
        var at = best.FindIndex(b => quality.CompareTo(b.Quality) > 0);
        best.Insert(at < 0 ? best.Count : at, (run, quality));
        if (best.Count > ExploredPlans)
        {
            best.RemoveAt(best.Count - 1);
        }
    }

    /// <summary>
    /// Explores each round (<see cref="GroupPolish.Explore"/>) within what is left of the time budget and returns the
    /// best; the first wins ties.
    /// </summary>
    private FormationRun ExploreBest(MatchingRequest request, List<FormationRun> runs, Stopwatch clock, CancellationToken cancellationToken)
    {
        var cohesion = CohesionWeight(request);
        FormationRun? best = null;
        var bestQuality = default(FormationQuality);
        var gains = 0;
        foreach (var run in runs)
        {
            var explorer = new GroupPolish(run.State, run.Minimum, run.Hard, cohesion, DateTime.UtcNow + (settings.TimeBudget - clock.Elapsed), run.Balancer.Closed);
            explorer.Explore(ExplorationKicks, request.Seed, cancellationToken);
            gains += explorer.Kicks;
            var quality = FormationQuality.Of(run.State, run.Minimum, cohesion);
            if (best is null || quality.CompareTo(bestQuality) > 0)
            {
                best = run;
                bestQuality = quality;
            }
        }

        best!.Metrics["explorationGains"] = gains;
        foreach (var (key, value) in Metrics(best.State, best.Minimum))
        {
            best.Metrics[key] = value;
        }

        return best;
    }

    private static bool SamePlan(TeamPlan a, TeamPlan b) =>
        a.Teams.Count == b.Teams.Count
        && a.Teams.Select(Key).Order(StringComparer.Ordinal).SequenceEqual(b.Teams.Select(Key).Order(StringComparer.Ordinal), StringComparer.Ordinal);

    private static string Key(IReadOnlyList<Participants.ParticipantId> team) => string.Join('\u001f', team.Select(id => id.Value));

    private static double CohesionWeight(MatchingRequest request) =>
        request.GroupObjectives.Where(o => o.Objective is GoalCohesionObjective).Sum(o => o.Weight);

    /// <summary>
    /// One round: compile with the plan, place (starting from the placements of <c>start</c>, an earlier round, when
    /// given), balance sizes, improve.
    /// </summary>
    private FormationRun Form(MatchingRequest request, TeamPlan? plan, FormationProgress progress, CancellationToken cancellationToken, FormationState? start = null)
    {
        var clock = Stopwatch.StartNew();
        var problem = MatchingProblem.Compile(request, plan, progress, cancellationToken);
        var compiled = clock.Elapsed;

        var state = new FormationState(problem);
        if (start is not null)
        {
            StartFrom(state, start);
        }
        var policy = problem.Request.Policy;
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
        var cohesion = CohesionWeight(request);
        var improver = new GroupImprover(state, minimum, cohesion, deadline);
        improver.RepairMeetings(progress, cancellationToken);
        improver.Improve(settings.ImprovementPasses, progress, cancellationToken);
        improver.RepairMeetings(progress, cancellationToken);
        balancer.Reopen();
        chained += PlaceAll(chains, canOpen: !hard, progress, cancellationToken);
        var widened = WidenToFreeSeats(state, canOpen: !hard, cancellationToken);
        if (widened > 0)
        {
            chained += PlaceAll(chains, canOpen: !hard, progress, cancellationToken);
        }

        chained += chains.FillFreeSeats(canOpen: !hard, cancellationToken);
        var polish = new GroupPolish(state, minimum, hard, cohesion, deadline, balancer.Closed);
        if (GroupPolish.Applies(problem))
        {
            polish.Run(cancellationToken);
        }

        var metrics = Metrics(state, minimum);
        metrics["firstFillPlacements"] = firstFill;
        metrics["chainPlacements"] = chained;
        metrics["chainExpansions"] = chains.Expansions;
        metrics["chainSearchesCut"] = chains.SearchesCut;
        metrics["candidatesAdded"] = widened;
        metrics["groupsConsolidated"] = balancer.Closed.Count;
        metrics["menteesMovedForMinimum"] = balancer.Moved;
        metrics["improvingMoves"] = improver.Moves;
        metrics["improvingSwaps"] = improver.Swaps;
        metrics["exchangesWithLeftOut"] = improver.Exchanges;
        metrics["meetingTimesRepaired"] = improver.Repaired;
        metrics["polishChanges"] = polish.Changes;
        metrics["stoppedByTimeBudget"] = improver.StoppedByTime ? 1 : 0;
        metrics["compileMilliseconds"] = compiled.TotalMilliseconds;
        metrics["formMilliseconds"] = (formed - compiled).TotalMilliseconds;
        metrics["improveMilliseconds"] = (clock.Elapsed - formed).TotalMilliseconds;
        return new FormationRun(state, balancer, minimum, hard, (int)metrics["placed"], metrics);
    }

    /// <summary>
    /// The plan with every co-led team that ended without mentees split into teams of one (lead mentors only; a
    /// co-mentor stays out with the reason), when someone is unplaced who may join one of those mentors alone;
    /// <see langword="null"/> when there is no such team.
    /// </summary>
    private static TeamPlan? SplitIdlePairs(FormationRun run, TeamPlan plan)
    {
        var problem = run.State.Problem;
        var unplaced = LeftOut(run.State).ToArray();
        var idlePairs = problem.Teams
            .Where(t => t.Mentors.Count > 1 && t.ExistingGroup is null && run.State.Size(t.Index) == 0 && t.Capacity > 0)
            .Where(t => t.Mentors.Any(mentor => mentor.Role == Enrolments.ProgrammeRole.Mentor
                && unplaced.Any(m => Allowed(problem.Request, problem.Mentees[m], mentor))))
            .Select(t => t.Mentors.Select(m => m.Id).ToHashSet())
            .ToList();
        if (idlePairs.Count == 0)
        {
            return null;
        }

        var teams = new List<IReadOnlyList<Participants.ParticipantId>>();
        var reasons = new Dictionary<Participants.ParticipantId, string>(plan.IdleReasons);
        foreach (var team in plan.Teams)
        {
            if (!idlePairs.Any(p => p.SetEquals(team)))
            {
                teams.Add(team);
                continue;
            }

            foreach (var id in team)
            {
                if (problem.Request.Find(id)?.Role == Enrolments.ProgrammeRole.Mentor)
                {
                    teams.Add([id]);
                }
                else
                {
                    reasons[id] = $"{id} is a co-mentor, and the group they were to co-lead gathered no mentee.";
                }
            }
        }

        return new TeamPlan(teams, reasons);
    }

    /// <summary>
    /// The formed teams of the round plus a plan for the mentors no group uses, made as for a re-match with those groups
    /// running; <see langword="null"/> when nobody left out could be placed that way (no idle mentor, nobody left out,
    /// or no new team).
    /// </summary>
    private static TeamPlan? PlanIdleMentors(MatchingRequest request, FormationRun run, CancellationToken cancellationToken)
    {
        var state = run.State;
        var problem = state.Problem;
        var leftOut = LeftOut(state).Count();
        var formed = problem.Teams.Where(t => t.ExistingGroup is null && state.Size(t.Index) > 0).ToList();
        var busy = new HashSet<Participants.ParticipantId>(formed.SelectMany(t => t.Mentors).Select(m => m.Id));
        busy.UnionWith(request.ExistingGroups.SelectMany(g => g.Mentors));
        if (leftOut == 0 || busy.Count == request.Mentors.Count)
        {
            return null;
        }

        var extra = TeamPlanner.Plan(request, busy, leftOut, cancellationToken);
        if (extra is null || extra.Teams.Count == 0)
        {
            return null;
        }

        var teams = formed.Select(t => (IReadOnlyList<Participants.ParticipantId>)[.. t.Mentors.Select(m => m.Id)]).Concat(extra.Teams);
        return new TeamPlan(teams, extra.IdleReasons);
    }

    /// <summary>Places every mentee of the earlier round in the team with the same mentors, where the new round has it.</summary>
    private static void StartFrom(FormationState state, FormationState start)
    {
        var teamOfLead = new Dictionary<Participants.ParticipantId, int>();
        foreach (var team in state.Problem.Teams.Where(t => t.Mentors.Count > 0))
        {
            teamOfLead[team.Lead.Id] = team.Index;
        }

        var before = start.Problem;
        for (var m = 0; m < before.Mentees.Count; m++)
        {
            var old = start.Assignment.TeamOf(m);
            if (old < 0 || before.IsFixed(m) || before.Teams[old].Mentors.Count == 0 || !teamOfLead.TryGetValue(before.Teams[old].Lead.Id, out var team)
                || !state.Problem.Teams[team].Mentors.Select(x => x.Id).SequenceEqual(before.Teams[old].Mentors.Select(x => x.Id)))
            {
                continue;
            }

            // Same request, same mentee order: index m is the same person in both rounds.
            _ = state.CanJoin(m, team, keepMeeting: false) && state.Join(m, team);
        }
    }

    // Kicks of the iterated search on small programmes: a kick costs one search pass over at most a hundred mentees.
    private const int ExplorationKicks = 500;

    // Rounds of different plans explored further on a small programme: the best few after the first search.
    private const int ExploredPlans = 4;

    // Each round compiles the request again; the bound keeps a pathological plan from costing a compile per pair.
    private const int MaxSplitRounds = 4;

    /// <summary>The mentees no team holds who are free to be placed (neither in a running group nor pinned).</summary>
    private static IEnumerable<int> LeftOut(FormationState state) =>
        Enumerable.Range(0, state.Problem.Mentees.Count).Where(state.IsLeftOut);

    private static bool Allowed(MatchingRequest request, Enrolments.Enrolment a, Enrolments.Enrolment b) =>
        PairRules.AllowedTogether(request, a, b);

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
        var unplaced = LeftOut(state).ToArray();
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
