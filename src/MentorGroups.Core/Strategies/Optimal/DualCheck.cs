using MentorGroups.Engine;

namespace MentorGroups.Strategies.Optimal;

/// <summary>
/// Proves that a placement solved on bounded candidate lists is optimal over every allowed pair, or finds the mentees
/// whose lists must grow. The solver's team prices <c>p</c> and mentee profits <c>u</c> (0 when unplaced) satisfy
/// <c>u[m] + p[t] ≥ cost(m, t)</c> on every listed pair, and prove the placement optimal for the lists. If the same
/// holds for every pair left out, they prove it optimal for the whole graph (linear programming duality: the prices
/// are a feasible dual of equal cost). Costs are the solver's (<see cref="TieBreak"/>: scaled values plus a tie per
/// pair), so the proof covers the choice among equal-value placements too. A pair left out is worth at most
/// <c>bound[m]</c>, the value of the mentee's last kept candidate, so costs at most that value's ceiling, and only teams
/// priced below <c>ceiling(bound[m]) − u[m]</c> can break it.
/// </summary>
/// <remarks>
/// Per mentee, the check is free when no team is priced that low, a look at those few teams when there are a handful,
/// and a rescan of the mentee's whole row otherwise. A mentee with a violating pair gets a list twice as long, plus
/// every violating pair, and the caller solves again.
/// </remarks>
internal sealed class DualCheck
{
    private const int GrowthFactor = 2;

    /// <summary>Up to this many cheap teams, a mentee is checked team by team instead of by a rescan of its whole row.</summary>
    private const int FewTeams = 64;

    private readonly MatchingProblem _problem;
    private readonly Candidate[][] _lists;
    private readonly int[] _bound;
    private readonly int[] _openTeams;

    public DualCheck(MatchingProblem problem, Candidate[][] lists)
    {
        _problem = problem;
        _openTeams = [.. problem.OpenTeams];
        _lists = lists;
        _bound = new int[lists.Length];
        for (var m = 0; m < lists.Length; m++)
        {
            _bound[m] = problem.HasMoreCandidates(m) ? lists[m][^1].Value : 0;
        }
    }

    /// <summary>Mentees whose lists have grown so far.</summary>
    public long Grown { get; private set; }

    /// <summary>Mentees whose whole rows were rescanned so far.</summary>
    public long RowScans { get; private set; }

    /// <summary>Mentees checked against a few cheap teams so far.</summary>
    public long FewTeamChecks { get; private set; }

    /// <summary>
    /// Checks every mentee against the solution's prices and grows the lists of those that fail.
    /// </summary>
    /// <param name="solution">The solution on the current lists.</param>
    /// <param name="seats">Free seats per team (teams without any take no part).</param>
    /// <param name="complete">Grow failing mentees to every allowed team (used when rounds drag on).</param>
    /// <param name="cancellationToken">Stops the work.</param>
    /// <returns>How many mentees' lists grew; 0 proves the solution optimal over every allowed pair.</returns>
    public int GrowViolated(CapacitatedAssignment solution, int[] seats, bool complete, CancellationToken cancellationToken)
    {
        var prices = solution.Prices;
        var tie = solution.TieBreak;
        var cheap = _openTeams.Where(t => seats[t] > 0).OrderBy(t => prices[t]).ThenBy(t => t).ToArray();
        var cheapPrices = cheap.Select(t => prices[t]).ToArray();
        var grown = 0;
        long rowScans = 0, fewChecks = 0;
        var gate = new object();
        var options = new ParallelOptions { CancellationToken = cancellationToken };
        try
        {
            CheckAll();
        }
        catch (AggregateException failure)
        {
            // One failure, never a bundle of them: the workers all ran the same code over the same pairs.
            cancellationToken.ThrowIfCancellationRequested();
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(failure.Flatten().InnerExceptions[0]).Throw();
        }

        RowScans += rowScans;
        FewTeamChecks += fewChecks;
        Grown += grown;
        return grown;

        void CheckAll() => Parallel.For(
            0,
            _lists.Length,
            options,
            () => (Scorer: _problem.CreateTeamScorer(), Values: new int[FewTeams], Suspects: new List<int>(), Counts: new long[3]),
            (m, _, local) =>
            {
                if (_bound[m] == 0)
                {
                    return local;
                }

                var profit = solution.Profit(m);
                var threshold = tie.CostCeiling(_bound[m]) - profit;
                var below = LowerBound(cheapPrices, threshold);
                if (below == 0)
                {
                    return local;
                }

                // A handful of cheap teams is asked team by team; only when one breaks the prices is the whole row rescanned.
                if (!complete && below <= FewTeams)
                {
                    local.Counts[1]++;
                    if (!ViolatesAmong(m, cheap.AsSpan(0, below), solution, local.Scorer, local.Values, local.Suspects))
                    {
                        return local;
                    }
                }
                local.Counts[0]++;
                if (Rescan(m, local.Scorer, solution, complete))
                {
                    local.Counts[2]++;
                }

                return local;
            },
            local =>
            {
                lock (gate)
                {
                    rowScans += local.Counts[0];
                    fewChecks += local.Counts[1];
                    grown += (int)local.Counts[2];
                }
            });
    }

    /// <summary>Whether one of a few cheap teams the mentee's list leaves out breaks the prices, asked team by team.</summary>
    private bool ViolatesAmong(int m, ReadOnlySpan<int> cheap, CapacitatedAssignment solution, TeamScorer scorer, int[] values, List<int> suspects)
    {
        var profit = solution.Profit(m);
        suspects.Clear();
        foreach (var t in cheap)
        {
            if (!Listed(m, t))
            {
                suspects.Add(t);
            }
        }

        var teams = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(suspects);
        scorer.ScoreTeams(m, teams, values);
        for (var i = 0; i < teams.Length; i++)
        {
            if (values[i] > 0 && solution.TieBreak.Cost(m, teams[i], values[i]) - solution.Prices[teams[i]] > profit)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Total candidate pairs in the lists now.</summary>
    public long PairCount() => _lists.Sum(l => (long)l.Length);

    private static int LowerBound(long[] sorted, long threshold)
    {
        int lo = 0, hi = sorted.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (sorted[mid] < threshold)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    private bool Listed(int mentee, int team)
    {
        foreach (var c in _lists[mentee])
        {
            if (c.Team == team)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Scans the mentee's whole row; when a pair left out violates the prices, grows the list and says so.</summary>
    private bool Rescan(int m, TeamScorer scorer, CapacitatedAssignment solution, bool complete)
    {
        var profit = solution.Profit(m);
        var values = scorer.ScoreAllTeams(m);
        var listed = new HashSet<int>(_lists[m].Select(c => c.Team));
        var violators = new List<Candidate>();
        foreach (var t in _openTeams)
        {
            if (values[t] > 0 && !listed.Contains(t) && solution.TieBreak.Cost(m, t, values[t]) - solution.Prices[t] > profit)
            {
                violators.Add(new Candidate(t, values[t]));
            }
        }

        if (violators.Count == 0)
        {
            return false;
        }

        var limit = complete ? int.MaxValue : (int)Math.Min(int.MaxValue, (long)_lists[m].Length * GrowthFactor);
        var best = scorer.Best(_openTeams, limit, out var allowed);
        _bound[m] = best.Length < allowed ? best[^1].Value : 0;
        var inBest = new HashSet<int>(best.Select(c => c.Team));
        _lists[m] = [.. best, .. violators.Where(v => !inBest.Contains(v.Team))];
        return true;
    }
}
