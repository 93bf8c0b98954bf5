using System.Diagnostics;
using System.Globalization;
using MentorGroups.Enrolments;
using MentorGroups.Matching;
using MentorGroups.Rules.Objectives;
using MentorGroups.Rules.Requirements;
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
internal sealed class GroupSearch
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
        _hardMin = problem.Policy.MinMentees.IsHard ? problem.Policy.MinMentees.Value : 0;
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

        var random = new Random(_problem.Seed);
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
            if ((iteration & 255) == 0)
            {
                _cancellationToken.ThrowIfCancellationRequested();
                if ((iteration & 4095) == 0 && clock.Elapsed > _settings.TimeBudget)
                {
                    stoppedByTime = true;
                    break;
                }
            }

            if (iteration % _settings.ProgressInterval == 0)
            {
                Report(iteration, budget, current, best, accepted);
            }

            var m = PickMentee(movable, random);
            if (m < 0)
            {
                continue;
            }

            var a = _assignment.TeamOf(m);
            var (b, start) = PickTeam(m, random);
            if (b == a)
            {
                continue;
            }

            var x = _assignment.FreeSeats(b) <= 0 || random.Next(2) == 0 ? PickPartner(m, a, b, start, random) : -1;
            if (x == int.MinValue)
            {
                continue;
            }

            var delta = x >= 0 ? SwapDelta(m, x, a, b) : MoveDelta(m, a, b);
            if (double.IsNaN(delta) || (delta < 0 && random.NextDouble() >= Math.Exp(delta / temperature)))
            {
                continue;
            }

            if (delta < 0 && currentIsBest)
            {
                bestSnapshot = _assignment.ToArray();
                currentIsBest = false;
            }

            if (x >= 0)
            {
                ApplySwap(m, x, a, b, delta);
            }
            else
            {
                ApplyMove(m, a, b, delta);
            }

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

    private static bool NeedsSlot(List<int> members, GroupMeetingFit fit) => members.Count > 0 && !fit.IsUnknown && !fit.HasCommonSlot;

    private void MarkSlot(int team, bool needsSlot)
    {
        var listed = _withoutSlotPosition[team] > 0;
        if (needsSlot && !listed)
        {
            _withoutSlot.Add(team);
            _withoutSlotPosition[team] = _withoutSlot.Count;
        }
        else if (!needsSlot && listed)
        {
            // Swap-remove keeps sampling O(1); positions are 1-based so that 0 means "not listed".
            var position = _withoutSlotPosition[team] - 1;
            var last = _withoutSlot[^1];
            _withoutSlot[position] = last;
            _withoutSlotPosition[last] = position + 1;
            _withoutSlot.RemoveAt(_withoutSlot.Count - 1);
            _withoutSlotPosition[team] = 0;
        }
    }

    /// <summary>
    /// The mentee to move: half the time a free member of a team that cannot meet (when there is one), so the search
    /// spends its moves where groups need them; otherwise any free mentee. -1 when the chosen team has no free member.
    /// </summary>
    private int PickMentee(int[] movable, Random random)
    {
        if (_withoutSlot.Count > 0 && random.Next(2) == 0)
        {
            var members = _members[_withoutSlot[random.Next(_withoutSlot.Count)]];
            var m = members[random.Next(members.Count)];
            return _problem.IsFixed(m) || _candidateTeams[m].Length <= 1 ? -1 : m;
        }

        return movable[random.Next(movable.Length)];
    }

    /// <summary>
    /// Half the time any team the mentee may join; otherwise a team whose mentors can meet at one of the mentee's own
    /// meeting times, so that moves towards a common slot are proposed far more often than chance would.
    /// </summary>
    private (int Team, int Start) PickTeam(int m, Random random)
    {
        var starts = _evaluator.StartsOf(m);
        if (starts.Length > 0 && random.Next(2) == 0)
        {
            var start = starts[random.Next(starts.Length)];
            var teamsAt = _evaluator.TeamsAt(start);
            if (teamsAt.Length > 0)
            {
                return (teamsAt[random.Next(teamsAt.Length)], start);
            }
        }

        var teams = _candidateTeams[m];
        return (teams[random.Next(teams.Length)], -1);
    }

    /// <summary>
    /// Whom <paramref name="m"/> (from team a) trades places with in team b. Preferred, in turn: a member who cannot attend
    /// the start the move aims at (trading them out gives b its slot) but can attend a time the rest of a shares (so a
    /// gains too); one of either kind; anyone. -1 for nobody (a plain move); <see cref="int.MinValue"/> when void.
    /// </summary>
    private int PickPartner(int m, int a, int b, int start, Random random)
    {
        var others = _members[b];
        if (others.Count == 0)
        {
            return _assignment.FreeSeats(b) > 0 ? -1 : int.MinValue;
        }

        _evaluator.CommonStarts(a, System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_members[a]), m, _target);
        var offset = random.Next(others.Count);
        int bestRank = -1, best = -1;
        for (var k = 0; k < others.Count; k++)
        {
            var x = others[(offset + k) % others.Count];
            if (_problem.IsFixed(x))
            {
                continue;
            }

            var rank = (start >= 0 && !_evaluator.CanAttend(x, start) ? 1 : 0) + (_evaluator.CanAttendAny(x, _target) ? 1 : 0);
            if (rank > bestRank)
            {
                (bestRank, best) = (rank, x);
            }
        }

        return best >= 0 ? best : _assignment.FreeSeats(b) > 0 ? -1 : int.MinValue;
    }

    private double Current() => (_pairwise / (double)MatchingProblem.ScoreResolution) + _groupPart;

    private void Report(long iteration, long budget, double current, double best, long accepted) =>
        _settings.Progress?.Report(new GroupOptimisationProgress(iteration, budget, current, best, accepted));

    /// <summary>The change of the combined objective when <paramref name="m"/> moves from team a to team b; NaN when not allowed.</summary>
    private double MoveDelta(int m, int a, int b)
    {
        var valueB = Value(m, b);
        if (_assignment.FreeSeats(b) <= 0 || valueB < 0 || Clashes(m, _members[b], except: -1))
        {
            return double.NaN;
        }

        var na = _members[a].Count;
        var nb = _members[b].Count;
        if (!SizeAllowed(a, na - 1) || !SizeAllowed(b, nb + 1))
        {
            return double.NaN;
        }

        Without(_members[a], m, -1, _scratchA);
        Without(_members[b], -1, m, _scratchB);
        if (!Evaluate(a, b))
        {
            return double.NaN;
        }

        return ((valueB - Value(m, a)) / (double)MatchingProblem.ScoreResolution)
            + (((na - 1) * _pendingA) - (na * _quality[a]))
            + (((nb + 1) * _pendingB) - (nb * _quality[b]));
    }

    /// <summary>The change when <paramref name="m"/> (in a) and <paramref name="x"/> (in b) trade places; NaN when not allowed.</summary>
    private double SwapDelta(int m, int x, int a, int b)
    {
        var mToB = Value(m, b);
        var xToA = Value(x, a);
        if (mToB < 0 || xToA < 0 || Clashes(m, _members[b], except: x) || Clashes(x, _members[a], except: m))
        {
            return double.NaN;
        }

        Without(_members[a], m, x, _scratchA);
        Without(_members[b], x, m, _scratchB);
        if (!Evaluate(a, b))
        {
            return double.NaN;
        }

        var na = _members[a].Count;
        var nb = _members[b].Count;
        return ((mToB - Value(m, a) + xToA - Value(x, b)) / (double)MatchingProblem.ScoreResolution)
            + (na * (_pendingA - _quality[a]))
            + (nb * (_pendingB - _quality[b]));
    }

    /// <summary>Scores the two changed groups in the scratch lists; false when one would break a requirement.</summary>
    private bool Evaluate(int a, int b)
    {
        var contextA = _evaluator.Context(a, System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_scratchA), _targets, _bufferA);
        var contextB = _evaluator.Context(b, System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_scratchB), _targets, _bufferB);
        if (_evaluator.HasRequirements && (!RequirementsHold(contextA, _scratchA) || !RequirementsHold(contextB, _scratchB)))
        {
            return false;
        }

        _pendingA = _scratchA.Count > 0 ? _evaluator.Quality(contextA) : 0;
        _pendingB = _scratchB.Count > 0 ? _evaluator.Quality(contextB) : 0;
        _pendingSlotA = NeedsSlot(_scratchA, contextA.Meeting);
        _pendingSlotB = NeedsSlot(_scratchB, contextB.Meeting);
        return true;
    }

    private void ApplyMove(int m, int a, int b, double delta)
    {
        if (!_assignment.TryAssign(m, b))
        {
            throw new InvalidOperationException("The assignment refused a move the search had checked.");
        }

        _members[a].Remove(m);
        _members[b].Add(m);
        Commit(a, b, Value(m, b) - Value(m, a), delta);
    }

    private void ApplySwap(int m, int x, int a, int b, double delta)
    {
        if (!_assignment.TrySwap(m, x))
        {
            throw new InvalidOperationException("The assignment refused a swap the search had checked.");
        }

        _members[a][_members[a].IndexOf(m)] = x;
        _members[b][_members[b].IndexOf(x)] = m;
        Commit(a, b, Value(m, b) - Value(m, a) + Value(x, a) - Value(x, b), delta);
    }

    private void Commit(int a, int b, long pairwiseChange, double delta)
    {
        _quality[a] = _pendingA;
        _quality[b] = _pendingB;
        MarkSlot(a, _pendingSlotA);
        MarkSlot(b, _pendingSlotB);
        _pairwise += pairwiseChange;
        _groupPart += delta - (pairwiseChange / (double)MatchingProblem.ScoreResolution);
    }

    /// <summary>Takes free mentees out of groups that break a requirement until each meets it or only fixed members remain.</summary>
    private int RepairRequirements()
    {
        var removed = 0;
        for (var t = 0; t < _members.Length; t++)
        {
            while (_members[t].Any(m => !_problem.IsFixed(m)) && !RequirementsHold(Context(t, _members[t], _bufferA), _members[t]))
            {
                // Take out whoever leaves the best group behind: one whose leaving meets the requirements first, then
                // the highest remaining quality, then the weakest pair value.
                var bestMember = -1;
                (bool Meets, double Quality, int Value) bestKey = default;
                foreach (var r in _members[t].Where(m => !_problem.IsFixed(m)))
                {
                    Without(_members[t], r, -1, _scratchA);
                    var context = Context(t, _scratchA, _bufferA);
                    var key = (_evaluator.Allows(context), _scratchA.Count * _evaluator.Quality(context), -Value(r, t));
                    if (bestMember < 0 || key.CompareTo(bestKey) > 0)
                    {
                        (bestMember, bestKey) = (r, key);
                    }
                }

                _assignment.Unassign(bestMember);
                _members[t].Remove(bestMember);
                removed++;
            }
        }

        return removed;
    }

    /// <summary>Places each unplaced free mentee, in index order, in the group with room where they add most without breaking a rule.</summary>
    private void InsertUnplaced()
    {
        for (var m = 0; m < _problem.Mentees.Count; m++)
        {
            if (_assignment.TeamOf(m) >= 0 || _problem.IsFixed(m))
            {
                continue;
            }

            var bestTeam = -1;
            var bestGain = double.NegativeInfinity;
            foreach (var (b, _) in Openings(m))
            {
                Without(_members[b], -1, m, _scratchB);
                var context = Context(b, _scratchB, _bufferB);
                if (_evaluator.HasRequirements && !RequirementsHold(context, _scratchB))
                {
                    continue;
                }

                var gain = (Value(m, b) / (double)MatchingProblem.ScoreResolution)
                    + (_scratchB.Count * _evaluator.Quality(context)) - (_members[b].Count * _quality[b]);
                if (gain > bestGain)
                {
                    (bestTeam, bestGain) = (b, gain);
                }
            }

            if (bestTeam >= 0 && _assignment.TryAssign(m, bestTeam))
            {
                _members[bestTeam].Add(m);
                _quality[bestTeam] = _evaluator.Quality(Context(bestTeam, _members[bestTeam], _bufferB));
            }
        }
    }

    /// <summary>Teams the mentee could join right now as far as seats, constraints and hard size limits go.</summary>
    private IEnumerable<(int Team, int Value)> Openings(int m)
    {
        var teams = _candidateTeams[m];
        for (var i = 0; i < teams.Length; i++)
        {
            var b = teams[i];
            if (_assignment.FreeSeats(b) > 0 && SizeAllowed(b, _members[b].Count + 1) && !Clashes(m, _members[b], except: -1))
            {
                yield return (b, _candidateValues[m][i]);
            }
        }
    }

    /// <summary>Why free mentees who fit a group with room only by breaking a requirement were left out.</summary>
    private Dictionary<int, UnmatchedMentee> LeftOut()
    {
        var leftOut = new Dictionary<int, UnmatchedMentee>();
        if (!_evaluator.HasRequirements)
        {
            return leftOut;
        }

        for (var m = 0; m < _problem.Mentees.Count; m++)
        {
            if (_assignment.TeamOf(m) >= 0 || _problem.IsFixed(m))
            {
                continue;
            }

            var openings = Openings(m).Select(o => o.Team).ToArray();
            if (openings.Length == 0)
            {
                continue; // Seats or constraints kept them out: the general diagnosis says so.
            }

            var first = openings[0];
            Without(_members[first], -1, m, _scratchB);
            var context = Context(first, _scratchB, _bufferB);
            var broken = _evaluator.ExplainBroken(context);
            var id = _problem.Mentees[m].Id;
            leftOut[m] = new UnmatchedMentee(id, UnmatchedReason.GroupRequirementNotMet, string.Create(CultureInfo.InvariantCulture,
                $"Each of the {openings.Length} compatible group(s) with room would break a group requirement with {id} in it; in {_problem.Teams[first].Describe()}, {broken}."));
        }

        return leftOut;
    }

    private bool RequirementsHold(in GroupContext context, List<int> members) =>
        _evaluator.Allows(context) || members.TrueForAll(_problem.IsFixed);

    private bool SizeAllowed(int team, int count) =>
        count == 0 || count >= _hardMin || _problem.Teams[team].ExistingGroup is not null;

    private bool Clashes(int m, List<int> members, int except)
    {
        foreach (var k in members)
        {
            if (k != except && k != m && !_problem.AllowsTogether(m, k))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The pair value of a free mentee in a team they may join; -1 when they may not.</summary>
    private int Value(int m, int team)
    {
        var i = Array.BinarySearch(_candidateTeams[m], team);
        if (i >= 0)
        {
            return _candidateValues[m][i];
        }

        return _problem.IsFixed(m) && _problem.FixedTeamOf(m) == team ? _problem.PairValue(m, team) : -1;
    }

    private GroupContext Context(int team, List<int> members, List<Enrolment> buffer) =>
        _evaluator.Context(team, System.Runtime.InteropServices.CollectionsMarshal.AsSpan(members), _targets, buffer);

    /// <summary>Copies <paramref name="source"/> into <paramref name="target"/> without <paramref name="remove"/> and with <paramref name="add"/> (-1 for none).</summary>
    private static void Without(List<int> source, int remove, int add, List<int> target)
    {
        target.Clear();
        foreach (var k in source)
        {
            if (k != remove)
            {
                target.Add(k);
            }
        }

        if (add >= 0)
        {
            target.Add(add);
        }
    }

    /// <summary>Recomputes members, targets, group qualities and totals from the assignment.</summary>
    private void Rebuild()
    {
        foreach (var list in _members)
        {
            list.Clear();
        }

        _pairwise = 0;
        var placed = 0;
        for (var m = 0; m < _problem.Mentees.Count; m++)
        {
            var t = _assignment.TeamOf(m);
            if (t >= 0)
            {
                _members[t].Add(m);
                _pairwise += Value(m, t) is var v and >= 0 ? v : _problem.PairValue(m, t);
                placed++;
            }
        }

        _targets = _evaluator.TargetsFor(placed);
        _groupPart = 0;
        for (var t = 0; t < _members.Length; t++)
        {
            var context = Context(t, _members[t], _bufferA);
            _quality[t] = _members[t].Count > 0 ? _evaluator.Quality(context) : 0;
            _groupPart += _members[t].Count * _quality[t];
            MarkSlot(t, NeedsSlot(_members[t], context.Meeting));
        }
    }

    private void Restore(int[] teams)
    {
        for (var m = 0; m < teams.Length; m++)
        {
            if (!_problem.IsFixed(m) && _assignment.TeamOf(m) != teams[m])
            {
                _assignment.Unassign(m);
            }
        }

        for (var m = 0; m < teams.Length; m++)
        {
            if (!_problem.IsFixed(m) && teams[m] >= 0 && _assignment.TeamOf(m) != teams[m] && !_assignment.TryAssign(m, teams[m]))
            {
                throw new InvalidOperationException("Restoring the best groups met a move the assignment refused.");
            }
        }
    }

    private Measurement Measure()
    {
        var objectives = _evaluator.Objectives;
        var components = new double[objectives.Count];
        Span<double> scores = stackalloc double[objectives.Count];
        int placed = 0, groups = 0, withSlot = 0;
        for (var t = 0; t < _members.Length; t++)
        {
            var n = _members[t].Count;
            if (n == 0)
            {
                continue;
            }

            placed += n;
            groups++;
            var context = Context(t, _members[t], _bufferA);
            withSlot += context.Meeting.HasCommonSlot ? 1 : 0;
            _evaluator.Scores(context, scores);
            for (var i = 0; i < components.Length; i++)
            {
                components[i] += n * objectives[i].Weight * scores[i];
            }
        }

        var objective = (_pairwise / (double)MatchingProblem.ScoreResolution) + components.Sum();
        return new Measurement(placed, _pairwise, components, objective, groups, withSlot);
    }

    private void Record(Dictionary<string, double> metrics, string when, Measurement measurement)
    {
        metrics[$"objective.{when}"] = measurement.Objective;
        metrics[$"pairwise.{when}"] = measurement.Pairwise / (double)MatchingProblem.ScoreResolution;
        for (var i = 0; i < measurement.Components.Length; i++)
        {
            metrics[$"group.{_evaluator.Objectives[i].Objective.Name}.{when}"] = measurement.Components[i];
        }

        metrics[$"placed.{when}"] = measurement.Placed;
        metrics[$"groups.{when}"] = measurement.Groups;
        metrics[$"commonSlotShare.{when}"] = measurement.Groups == 0 ? 0 : (double)measurement.GroupsWithCommonSlot / measurement.Groups;
    }

    /// <summary>Re-checks every hard rule from scratch (<see cref="GroupSearchSettings.ValidateEveryMove"/>).</summary>
    private void Validate()
    {
        for (var t = 0; t < _members.Length; t++)
        {
            var team = _problem.Teams[t];
            var members = _members[t];
            var problem = members.Count > team.Capacity ? $"team {t} holds {members.Count} mentees for {team.Capacity} seats"
                : _assignment.Load(t) != members.Count ? $"team {t} has a load of {_assignment.Load(t)} but {members.Count} members"
                : !SizeAllowed(t, members.Count) ? $"team {t} has {members.Count} mentees, below the hard minimum"
                : _evaluator.HasRequirements && !RequirementsHold(Context(t, members, _bufferA), members) ? $"team {t} breaks a group requirement"
                : null;
            foreach (var m in members)
            {
                if (_assignment.TeamOf(m) != t)
                {
                    problem ??= $"mentee {m} is listed in team {t} but assigned to {_assignment.TeamOf(m)}";
                }
                else if (_problem.IsFixed(m) ? _problem.FixedTeamOf(m) != t : !_problem.IsAllowed(m, t) || team.IsLocked)
                {
                    problem ??= $"mentee {m} may not be in team {t}";
                }
                else if (!_problem.IsFixed(m) && Clashes(m, members, except: -1))
                {
                    problem ??= $"mentee {m} shares team {t} with someone a hard constraint keeps them from";
                }
            }

            if (problem is not null)
            {
                throw new InvalidOperationException($"The group search broke a hard rule: {problem}.");
            }
        }
    }
}
