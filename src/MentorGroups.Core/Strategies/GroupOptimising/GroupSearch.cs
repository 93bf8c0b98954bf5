using System.Diagnostics;
using System.Globalization;
using MentorGroups.Enrolments;
using MentorGroups.Matching;
using MentorGroups.Rules.Objectives;
using MentorGroups.Engine;

namespace MentorGroups.Strategies.GroupOptimising;

/// <summary>
/// Seeded simulated annealing over an assignment: moves a free mentee to another group, or swaps two free mentees,
/// and keeps the change when the combined objective rises, or falls by little while the temperature is still high.
/// The combined objective is the sum of pair values (in units of one full score) plus, for each group, its mentee count
/// times its weighted group quality. Moves that would break capacity, a hard constraint with any member, a fixed
/// placement, a hard size limit or a group requirement are never made. The best groups seen are kept, so the run never
/// ends below its start.
/// </summary>
internal sealed partial class GroupSearch
{
    // The temperature falls geometrically over the run: early on a move that costs about half a pair score is often
    // taken; at the end only improvements are.
    private const double InitialTemperature = 0.5;
    private const double FinalTemperature = 0.002;

    private readonly MatchingProblem _problem;
    private readonly Assignment _assignment;
    private readonly GroupEvaluator _evaluator;
    private readonly GroupSearchSettings _settings;
    private readonly CancellationToken _cancellationToken;
    private readonly List<int>[] _members;
    private readonly double[] _quality;
    private readonly int[][] _candidateTeams;
    private readonly int[][] _candidateValues;
    private readonly int _hardMin;
    private readonly List<int> _scratchA = [];
    private readonly List<int> _scratchB = [];
    private readonly List<Enrolment> _bufferA = [];
    private readonly List<Enrolment> _bufferB = [];
    private GroupTargets _targets;
    private long _pairwise;
    private double _groupPart;
    private double _pendingA;
    private double _pendingB;
    private bool _pendingSlotA;
    private bool _pendingSlotB;

    // Teams whose members cannot all meet at one time, as a set that can be sampled: half the moves start there.
    private readonly List<int> _withoutSlot = [];
    private readonly int[] _withoutSlotPosition;
    private readonly ulong[] _target;

    public GroupSearch(MatchingProblem problem, Assignment assignment, GroupSearchSettings settings, CancellationToken cancellationToken)
    {
        _problem = problem;
        _assignment = assignment;
        _evaluator = problem.Groups;
        _settings = settings;
        _cancellationToken = cancellationToken;
        _members = problem.Teams.Select(_ => new List<int>()).ToArray();
        _quality = new double[problem.Teams.Count];
        _withoutSlotPosition = new int[problem.Teams.Count];
        _target = new ulong[_evaluator.Words];
        _hardMin = problem.Request.Policy.MinMentees.IsHard ? problem.Request.Policy.MinMentees.Value : 0;
        _candidateTeams = new int[problem.Mentees.Count][];
        _candidateValues = new int[problem.Mentees.Count][];
        for (var m = 0; m < problem.Mentees.Count; m++)
        {
            var candidates = problem.Candidates(m).ToArray();
            Array.Sort(candidates, static (a, b) => a.Team.CompareTo(b.Team));
            _candidateTeams[m] = candidates.Select(c => c.Team).ToArray();
            _candidateValues[m] = candidates.Select(c => c.Value).ToArray();
        }
    }

    /// <summary>What a run reports: the metrics and why mentees were left out for a group requirement.</summary>
    public sealed record Outcome(Dictionary<string, double> Metrics, Dictionary<int, UnmatchedMentee> LeftOut);

    /// <summary>The combined objective and its parts for the current groups.</summary>
    private readonly record struct Measurement(int Placed, long Pairwise, double[] Components, double Objective, int Groups, int GroupsWithCommonSlot);

    public Outcome Run()
    {
        var metrics = new Dictionary<string, double>(StringComparer.Ordinal);
        Rebuild();
        var removed = _evaluator.HasRequirements ? RepairRequirements() : 0;
        Rebuild();
        InsertUnplaced();
        Rebuild();
        var before = Measure();
        var start = _assignment.ToArray();

        var (iterations, budget, accepted, improvements, stoppedByTime) = Anneal();

        InsertUnplaced();
        Rebuild();
        var after = Measure();
        if (after.Placed < before.Placed || (after.Placed == before.Placed && after.Objective < before.Objective))
        {
            // Only rounding could get here, but the promise is exact: never end below the start.
            Restore(start);
            Rebuild();
            after = Measure();
        }

        Record(metrics, "before", before);
        Record(metrics, "after", after);
        metrics["removedForRequirements"] = removed;
        metrics["iterations"] = iterations;
        metrics["iterationBudget"] = budget;
        metrics["acceptedMoves"] = accepted;
        metrics["improvements"] = improvements;
        metrics["stoppedByTimeBudget"] = stoppedByTime ? 1 : 0;
        return new Outcome(metrics, LeftOut());
    }

    private (long Iterations, long Budget, long Accepted, long Improvements, bool StoppedByTime) Anneal()
    {
        var movable = Enumerable.Range(0, _problem.Mentees.Count)
            .Where(m => !_problem.IsFixed(m) && _assignment.TeamOf(m) >= 0 && _candidateTeams[m].Length > 1)
            .ToArray();
        var budget = Math.Min(_settings.MaxIterations, (long)_settings.IterationsPerMentee * movable.Length);
        if (budget == 0)
        {
            Report(0, 0, Current(), Current(), 0);
            return (0, 0, 0, 0, false);
        }

        var random = new Random(_problem.Request.Seed);
        var clock = Stopwatch.StartNew();
        var cooling = Math.Pow(FinalTemperature / InitialTemperature, 1.0 / budget);
        var temperature = InitialTemperature;
        var current = Current();
        var best = current;
        var currentIsBest = true;
        int[]? bestSnapshot = null;
        long accepted = 0, improvements = 0, iteration = 0;
        var stoppedByTime = false;

        for (; iteration < budget; iteration++, temperature *= cooling)
        {
            if (OutOfTime(iteration, clock))
            {
                stoppedByTime = true;
                break;
            }

            if (iteration % _settings.ProgressInterval == 0)
            {
                Report(iteration, budget, current, best, accepted);
            }

            if (!TryPropose(movable, random, temperature, out var move))
            {
                continue;
            }

            var delta = move.Delta;
            if (delta < 0 && currentIsBest)
            {
                bestSnapshot = _assignment.ToArray();
                currentIsBest = false;
            }

            Apply(move);
            current += delta;
            accepted++;
            if (current > best + 1e-9)
            {
                best = current;
                improvements++;
                currentIsBest = true;
            }
            else if (current >= best)
            {
                currentIsBest = true;
            }

            if (_settings.ValidateEveryMove)
            {
                Validate();
            }
        }

        if (!currentIsBest && bestSnapshot is not null)
        {
            Restore(bestSnapshot);
            Rebuild();
        }

        Report(iteration, budget, Current(), Math.Max(best, Current()), accepted);
        return (iteration, budget, accepted, improvements, stoppedByTime);
    }

    /// <summary>Checks for cancellation every 256 steps, and the time budget every 4,096.</summary>
    private bool OutOfTime(long iteration, Stopwatch clock)
    {
        if ((iteration & 255) != 0)
        {
            return false;
        }

        _cancellationToken.ThrowIfCancellationRequested();
        return (iteration & 4095) == 0 && clock.Elapsed > _settings.TimeBudget;
    }

    private void Apply(in Step step)
    {
        if (step.Partner >= 0)
        {
            ApplySwap(step.Mentee, step.Partner, step.From, step.To, step.Delta);
        }
        else
        {
            ApplyMove(step.Mentee, step.From, step.To, step.Delta);
        }
    }

    /// <summary>
    /// Picks a mentee, a team and maybe a partner to swap with, and decides by the Metropolis rule whether to take the
    /// step: an improvement always, a loss with probability e^(delta / temperature).
    /// </summary>
    private bool TryPropose(int[] movable, Random random, double temperature, out Step step)
    {
        step = default;
        var m = PickMentee(movable, random);
        if (m < 0)
        {
            return false;
        }

        var a = _assignment.TeamOf(m);
        var (b, start) = PickTeam(m, random);
        if (b == a)
        {
            return false;
        }

        var x = _assignment.FreeSeats(b) <= 0 || random.Next(2) == 0 ? PickPartner(m, a, b, start, random) : -1;
        if (x == int.MinValue)
        {
            return false;
        }

        var delta = x >= 0 ? SwapDelta(m, x, a, b) : MoveDelta(m, a, b);
        if (double.IsNaN(delta) || (delta < 0 && random.NextDouble() >= Math.Exp(delta / temperature)))
        {
            return false;
        }

        step = new Step(m, x, a, b, delta);
        return true;
    }

    /// <summary>A move of <paramref name="Mentee"/> from team <paramref name="From"/> to <paramref name="To"/>, a swap with <paramref name="Partner"/> when that is 0 or more.</summary>
    private readonly record struct Step(int Mentee, int Partner, int From, int To, double Delta);
}
