using System.Diagnostics;
using MentorGroups.Groups;
using MentorGroups.Matching;
using MentorGroups.Engine;

namespace MentorGroups.Strategies.GroupOptimising;

/// <summary>The settings a run needs, copied from the options.</summary>
internal sealed record GroupSearchSettings(
    int IterationsPerMentee,
    long MaxIterations,
    TimeSpan TimeBudget,
    IProgress<GroupOptimisationProgress>? Progress,
    int ProgressInterval,
    bool ValidateEveryMove);

/// <summary>
/// Compiles the request once, runs a pairwise strategy on it, takes its groups as the start, and improves the combined
/// objective with <see cref="GroupSearch"/>. Deterministic for a request and seed unless the time budget runs out.
/// </summary>
/// <remarks>
/// A start strategy that is an <see cref="ICompiledProblemStrategy"/> (every built-in pairwise one) gets the compiled
/// problem; any other is given the request and compiles it itself.
/// </remarks>
internal sealed class GroupOptimisingStrategy(string name, IMatchingStrategy start, GroupSearchSettings settings) : ICompiledProblemStrategy
{
    public string Name { get; } = name;

    public MatchingResult Match(MatchingRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var clock = Stopwatch.StartNew();
        var compiling = settings.Progress is { } sink ? new CompilingStage(sink) : null;
        var problem = MatchingProblem.Compile(request, null, compiling, cancellationToken);
        return Match(problem, clock, cancellationToken);
    }

    public MatchingResult Match(MatchingProblem problem, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(problem);
        return Match(problem, Stopwatch.StartNew(), cancellationToken);
    }

    private MatchingResult Match(MatchingProblem problem, Stopwatch clock, CancellationToken cancellationToken)
    {
        settings.Progress?.Report(new GroupOptimisationProgress(0, 0, 0, 0, 0) { Stage = GroupOptimisationStage.Starting });
        var startResult = start is ICompiledProblemStrategy onProblem ? onProblem.Match(problem, cancellationToken) : start.Match(problem.Request, cancellationToken);
        var assignment = problem.CreateAssignment();
        PlaceAsIn(startResult, problem, assignment);

        var search = new GroupSearch(problem, assignment, settings, cancellationToken);
        var outcome = search.Run();
        var metrics = outcome.Metrics;
        metrics["elapsedMilliseconds"] = clock.Elapsed.TotalMilliseconds;
        // Free seats are filled by the search itself, requirement-aware; the result must not undo that.
        return problem.CreateResult(assignment, Name, metrics, fillFreeSeats: !problem.Groups.HasRequirements, outcome.LeftOut, cancellationToken: cancellationToken);
    }

    /// <summary>Passes compilation's reports on as the <see cref="GroupOptimisationStage.Compiling"/> stage's.</summary>
    private sealed class CompilingStage(IProgress<GroupOptimisationProgress> sink) : IProgress<CompilationProgress>
    {
        public void Report(CompilationProgress value) =>
            sink.Report(new GroupOptimisationProgress(0, 0, 0, 0, 0) { Stage = GroupOptimisationStage.Compiling, Compilation = value });
    }

    /// <summary>Puts every mentee the start strategy placed into the same group of this problem.</summary>
    private static void PlaceAsIn(MatchingResult result, MatchingProblem problem, Assignment assignment)
    {
        var teamOfGroup = new Dictionary<GroupId, int>();
        var existing = problem.Teams.Where(t => t.ExistingGroup is not null).ToDictionary(t => t.ExistingGroup!.Value, t => t.Index);
        // New peer groups have no mentor to recognise them by; any one-to-one pairing works since their seats are alike.
        var freshPeerTeams = new Queue<int>(problem.Teams.Where(t => t.IsPeerGroup && t.ExistingGroup is null).Select(t => t.Index));
        foreach (var group in result.Groups)
        {
            var team = group.LeadMentor is { } lead ? problem.TeamOfMentor(lead)
                : existing.TryGetValue(group.Id, out var e) ? e
                : freshPeerTeams.Count > 0 ? freshPeerTeams.Dequeue() : -1;
            teamOfGroup[group.Id] = team;
        }

        foreach (var placement in result.Placements)
        {
            var m = problem.IndexOfMentee(placement.Mentee);
            if (m >= 0 && !problem.IsFixed(m) && teamOfGroup.GetValueOrDefault(placement.Group, -1) is var team and >= 0)
            {
                // A move the assignment refuses (a foreign strategy's mistake) just leaves the mentee for the search to place.
                assignment.TryAssign(m, team);
            }
        }
    }
}
