using System.Globalization;
using Google.OrTools.Sat;
using MentorGroups.Engine;

namespace MentorGroups.Benchmarks.GroupsExact;

/// <summary>What the exact model found: the groups, whether every level was proved optimal, and the solving time.</summary>
internal sealed record ExactOutcome(List<(int Team, int[] Mentees)> Groups, bool Proved, string Status, TimeSpan Time);

/// <summary>
/// The group-formation objective as a CP-SAT model over every team the policy allows (so which mentors lead, alone or
/// together, is decided by the solver, not taken from the strategy's plan), solved level by level: the most placements;
/// with that fixed, the fewest groups below the minimum; then the fewest groups without a common meeting time; then the
/// greatest fit. Each level is proved optimal before the next is fixed to its value.
/// </summary>
/// <remarks>
/// Variables: <c>open[T]</c> (team T forms a group), <c>x[m,T]</c> (mentee m in team T, only where the hard constraints
/// allow m with every mentor of T). Hard rules: each mentor in at most one open team; each mentee in at most one team;
/// a team holds at most its seats (the mentors' capacities, capped by the policy for that many mentors) and at least one
/// mentee when open; two mentees a hard constraint keeps apart never share a team; under a hard minimum an open team
/// holds at least the minimum. Levels: <c>small[T]</c> is forced to 1 when an open team holds fewer than the minimum;
/// <c>noSlot[T]</c> is forced to 1 unless one meeting start that the team's mentors can attend is chosen for it, and a
/// mentee who cannot attend that start (and gave availability) is kept out. Starts are grouped by which candidates can
/// attend them, and a start whose attendees are a subset of another's is dropped, which changes no optimum. Fit: pair
/// values plus, per team, <c>cohesion[T] × (g − 1) ≤ Σ 2 · w · J(m,k)</c> over pairs of members with goals (g of them),
/// which at the optimum is the sum over members of w × their mean overlap with the others.
/// </remarks>
internal sealed class ExactFormationModel
{
    private readonly FormationInstance _instance;
    private readonly CpModel _model = new();
    private readonly BoolVar[] _open;
    private readonly Dictionary<(int Mentee, int Team), BoolVar> _x = [];
    private readonly List<BoolVar> _small = [];
    private readonly List<BoolVar> _noSlot = [];
    private readonly List<IntVar> _cohesion = [];

    public ExactFormationModel(FormationInstance instance)
    {
        _instance = instance;
        var teams = instance.Teams;
        var n = instance.Mentees.Count;
        _open = [.. teams.Select(t => _model.NewBoolVar($"open{t.Index}"))];

        for (var j = 0; j < instance.Mentors.Length; j++)
        {
            var containing = teams.Where(t => t.Mentors.Contains(j)).Select(t => _open[t.Index]).ToArray();
            if (containing.Length > 1)
            {
                _model.AddAtMostOne(containing);
            }
        }

        foreach (var team in teams)
        {
            for (var m = 0; m < n; m++)
            {
                if (instance.Allowed(m, team))
                {
                    _x[(m, team.Index)] = _model.NewBoolVar(string.Create(CultureInfo.InvariantCulture, $"x{m}_{team.Index}"));
                }
            }
        }

        for (var m = 0; m < n; m++)
        {
            var of = teams.Where(t => _x.ContainsKey((m, t.Index))).Select(t => _x[(m, t.Index)]).ToArray();
            if (of.Length > 1)
            {
                _model.AddAtMostOne(of);
            }
        }

        foreach (var team in teams)
        {
            AddTeam(team);
        }

        // Cuts the relaxation does not see through the at-most-one rows: nobody places more mentees than the mentors'
        // capacities add up to, and the teams a mentor belongs to hold at most the largest of them.
        _model.Add(LinearExpr.Sum(_x.Values) <= instance.Mentors.Sum(m => (long)m.Capacity));
        for (var j = 0; j < instance.Mentors.Length; j++)
        {
            var containing = teams.Where(t => t.Mentors.Contains(j)).ToArray();
            if (containing.Length > 0)
            {
                var held = _x.Where(kv => containing.Any(t => t.Index == kv.Key.Team)).Select(kv => kv.Value);
                _model.Add(LinearExpr.Sum(held) <= containing.Max(t => t.Seats));
                _model.Add(LinearExpr.Sum(containing.Select(t => _open[t.Index])) <= 1);
            }
        }
    }

    private void AddTeam(CandidateTeam team)
    {
        var instance = _instance;
        var open = _open[team.Index];
        var members = Enumerable.Range(0, instance.Mentees.Count).Where(m => _x.ContainsKey((m, team.Index))).ToArray();
        var x = members.Select(m => _x[(m, team.Index)]).ToArray();
        var size = LinearExpr.Sum(x);
        _model.Add(size <= team.Seats * open);
        _model.Add(size >= open);
        for (var a = 0; a < members.Length; a++)
        {
            for (var b = a + 1; b < members.Length; b++)
            {
                if (!instance.Together[members[a], members[b]])
                {
                    _model.AddBoolOr([x[a].Not(), x[b].Not()]);
                }
            }
        }

        if (instance.HardMinimum)
        {
            _model.Add(size >= instance.Minimum * open);
        }
        else if (instance.Minimum > 1)
        {
            var small = _model.NewBoolVar($"small{team.Index}");
            _model.Add(size + (instance.Minimum * small) >= instance.Minimum * open);
            _small.Add(small);
        }

        var noSlot = _model.NewBoolVar($"noSlot{team.Index}");
        var starts = new List<ILiteral>();
        foreach (var attendees in StartClasses(team, members))
        {
            var at = _model.NewBoolVar($"start{team.Index}");
            for (var i = 0; i < members.Length; i++)
            {
                if (!attendees[i])
                {
                    _model.AddImplication(at, x[i].Not());
                }
            }

            starts.Add(at);
        }

        // An open team either has one of its starts chosen or counts as without a slot.
        _model.AddBoolOr([open.Not(), noSlot, .. starts]);
        _noSlot.Add(noSlot);

        if (instance.CohesionWeight > 0)
        {
            AddCohesion(team, members, x);
        }
    }

    /// <summary>For each meeting start the team's mentors can attend, which candidates can (or gave no availability); subsets dropped.</summary>
    private List<bool[]> StartClasses(CandidateTeam team, int[] members)
    {
        var instance = _instance;
        var common = instance.MentorCommon(team);
        var classes = new Dictionary<string, bool[]>(StringComparer.Ordinal);
        for (var s = 0; s < common.Length * 64; s++)
        {
            if ((common[s >> 6] & (1UL << (s & 63))) == 0)
            {
                continue;
            }

            var attends = members.Select(m => instance.MenteeStarts[m] is not { } own || (own[s >> 6] & (1UL << (s & 63))) != 0).ToArray();
            classes.TryAdd(new string([.. attends.Select(b => b ? '1' : '0')]), attends);
        }

        var list = classes.Values.ToList();
        return [.. list.Where(c => !list.Any(d => !ReferenceEquals(c, d) && IsStrictSubset(c, d)))];
    }

    private static bool IsStrictSubset(bool[] a, bool[] b)
    {
        var strict = false;
        for (var i = 0; i < a.Length; i++)
        {
            if (a[i] && !b[i])
            {
                return false;
            }

            strict |= b[i] && !a[i];
        }

        return strict;
    }

    private void AddCohesion(CandidateTeam team, int[] members, BoolVar[] x)
    {
        var instance = _instance;
        var withGoals = Enumerable.Range(0, members.Length).Where(i => !instance.Mentees[members[i]].Goals.IsEmpty).ToArray();
        var pairs = new List<BoolVar>();
        var weights = new List<long>();
        foreach (var a in withGoals)
        {
            foreach (var b in withGoals.Where(b => b > a))
            {
                var overlap = instance.GoalOverlap(members[a], members[b]);
                var weight = 2 * (long)Math.Round(instance.CohesionWeight * MatchingProblem.ScoreResolution * overlap);
                if (weight <= 0 || !instance.Together[members[a], members[b]])
                {
                    continue;
                }

                var both = _model.NewBoolVar("both");
                _model.AddImplication(both, x[a]);
                _model.AddImplication(both, x[b]);
                pairs.Add(both);
                weights.Add(weight);
            }
        }

        if (pairs.Count == 0)
        {
            return;
        }

        var sum = LinearExpr.WeightedSum(pairs, weights);
        var cohesion = _model.NewIntVar(0, weights.Sum(), $"cohesion{team.Index}");
        _model.Add(cohesion <= sum);

        // A mean is at most the mean of the largest values it could take: per member, w × the mean of their g − 1 best
        // overlaps with other candidates. Implied by the division below, but it gives the relaxation a usable bound.
        var goalMembers = withGoals.Select(i => members[i]).ToArray();
        var best = goalMembers.Select(m => goalMembers
            .Where(k => k != m && instance.Together[m, k])
            .Select(k => instance.CohesionWeight * MatchingProblem.ScoreResolution * instance.GoalOverlap(m, k))
            .OrderDescending().ToArray()).ToArray();
        long TopMean(int member, int count) =>
            best[member].Length == 0 ? 0 : (long)Math.Ceiling(best[member].Take(count).Sum() / Math.Min(count, best[member].Length));
        var goalX = withGoals.Select(i => x[i]).ToArray();
        _model.Add(cohesion <= LinearExpr.WeightedSum(goalX, goalX.Select((_, i) => TopMean(i, 1))));

        var most = Math.Min(team.Seats, withGoals.Length);
        var goalCount = LinearExpr.Sum(goalX);
        for (var g = 3; g <= most; g++)
        {
            // With g members who have goals, the sum over them of their mean overlap is (Σ over pairs) / (g − 1).
            var exactly = _model.NewBoolVar("goalMembers");
            _model.Add(goalCount == g).OnlyEnforceIf(exactly);
            _model.Add(goalCount != g).OnlyEnforceIf(exactly.Not());
            _model.Add(((g - 1) * cohesion) <= sum).OnlyEnforceIf(exactly);
            _model.Add(cohesion <= LinearExpr.WeightedSum(goalX, goalX.Select((_, i) => TopMean(i, g - 1)))).OnlyEnforceIf(exactly);
        }

        _cohesion.Add(cohesion);
    }

    /// <summary>Solves level by level; each level gets <paramref name="secondsPerLevel"/> and must be proved optimal.</summary>
    public ExactOutcome Solve(double secondsPerLevel, int workers, IEnumerable<(int Team, int[] Mentees)>? hint = null)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        if (hint is not null)
        {
            Hint(hint);
        }

        var placed = LinearExpr.Sum(_x.Values);
        var levels = new List<(string Name, LinearExpr Expression, bool Maximise)> { ("placed", placed, true) };
        if (_small.Count > 0)
        {
            levels.Add(("below minimum", LinearExpr.Sum(_small), false));
        }

        levels.Add(("without slot", LinearExpr.Sum(_noSlot), false));
        var fitTerms = _x.Select(kv => (Var: (IntVar)kv.Value, Weight: _instance.PairValue(kv.Key.Mentee, _instance.Teams[kv.Key.Team]))).ToList();
        fitTerms.AddRange(_cohesion.Select(c => (Var: c, Weight: 1L)));
        levels.Add(("fit", LinearExpr.WeightedSum(fitTerms.Select(t => t.Var), fitTerms.Select(t => t.Weight)), true));

        var solver = new CpSolver
        {
            StringParameters = string.Create(CultureInfo.InvariantCulture,
                $"max_time_in_seconds:{secondsPerLevel} num_workers:{workers} random_seed:1 linearization_level:2 {Environment.GetEnvironmentVariable("GROUPS_EXACT_SAT") ?? string.Empty}"),
        };
        List<(int, int[])> groups = [];
        foreach (var (name, expression, maximise) in levels)
        {
            if (maximise)
            {
                _model.Maximize(expression);
            }
            else
            {
                _model.Minimize(expression);
            }

            var status = solver.Solve(_model);
            if (status is not (CpSolverStatus.Optimal or CpSolverStatus.Feasible))
            {
                return new ExactOutcome(groups, false, $"{name}: {status}", clock.Elapsed);
            }

            groups = Read(solver);
            if (status != CpSolverStatus.Optimal)
            {
                return new ExactOutcome(groups, false, $"{name}: not proved in {secondsPerLevel} s", clock.Elapsed);
            }

            var value = (long)Math.Round(solver.ObjectiveValue);
            _model.Add(expression == value);
            _model.ClearHints();
            Hint(groups);
        }

        return new ExactOutcome(groups, true, "optimal", clock.Elapsed);
    }

    private List<(int Team, int[] Mentees)> Read(CpSolver solver) =>
        [.. _instance.Teams
            .Where(t => solver.BooleanValue(_open[t.Index]))
            .Select(t => (t.Index, _x.Where(kv => kv.Key.Team == t.Index && solver.BooleanValue(kv.Value)).Select(kv => kv.Key.Mentee).Order().ToArray()))];

    private void Hint(IEnumerable<(int Team, int[] Mentees)> groups)
    {
        var inTeam = new HashSet<(int, int)>();
        var open = new HashSet<int>();
        foreach (var (team, mentees) in groups)
        {
            if (mentees.Length > 0)
            {
                open.Add(team);
            }

            foreach (var m in mentees)
            {
                inTeam.Add((m, team));
            }
        }

        foreach (var team in _instance.Teams)
        {
            _model.AddHint(_open[team.Index], open.Contains(team.Index) ? 1 : 0);
        }

        foreach (var (key, variable) in _x)
        {
            _model.AddHint(variable, inTeam.Contains(key) ? 1 : 0);
        }
    }
}
