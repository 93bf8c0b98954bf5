namespace MentorGroups.Matching.Solving.Flow;

/// <summary>
/// Solves the capacitated assignment problem exactly: place each mentee in at most one team, each team takes at most
/// its free seats, only candidate pairs may be used, and the sum of the pairs' values is as large as possible. It is
/// the transportation problem source → mentee (1) → team (seats) → sink, with an arc mentee → sink of value 0 for
/// staying unplaced, so a mentee is only placed (or kept placed) when that adds to the total.
/// </summary>
/// <remarks>
/// <para>
/// Successive shortest augmenting paths with prices (the Hungarian method's duals). Mentees are added one at a time,
/// and after each one the placement is optimal for the mentees added so far. The invariant, with a price
/// <c>p[t] ≥ 0</c> per team and profit <c>u[x] = value(x, team(x)) − p[team(x)]</c> (0 when unplaced):
/// every added mentee is at a best option, <c>u[x] ≥ value(x, t) − p[t]</c> for every candidate <c>t</c> and
/// <c>u[x] ≥ 0</c>; and a team with a free seat has price 0. Prices never fall, so an unplaced mentee never wants
/// back in.
/// </para>
/// <para>
/// Adding mentee <c>m</c> is a Dijkstra search over teams, with distances measured as the total loss of profit:
/// reaching team <c>t</c> directly costs <c>u*[m] − (value(m, t) − p[t])</c>; a full team passes the search on by
/// moving one of its members <c>x</c> to another team (costs <c>x</c>'s loss of profit) or out (costs <c>u[x]</c>).
/// The search ends at the first team with a free seat, or at the sink (someone, perhaps <c>m</c>, stays unplaced).
/// Most mentees are placed without a search: their best team still has a seat.
/// </para>
/// <para>
/// Scanning every member of every team the search reaches would cost the whole graph per search. Instead each
/// mentee keeps an upper bound on the profit of its best other option (valid because prices only rise), which gives
/// a lower bound on the loss of moving it; a member's candidates are scanned only when that bound comes up in the
/// search order, and most never are.
/// </para>
/// <para>Integer arithmetic throughout (distances and prices are bounded by the largest value), so it is exact;
/// ties break by team and mentee index, so it is deterministic. Memory is O(mentees + teams) beyond the graph, which it
/// reads in place.</para>
/// </remarks>
/// <typeparam name="TGraph">Where the candidate pairs come from.</typeparam>
internal sealed class CapacitatedAssignmentSolver<TGraph>
    where TGraph : ICandidateGraph
{
    private const int None = -1;

    private readonly TGraph _graph;
    private readonly int _teamCount;
    private readonly int _sink;

    private readonly long[] _price;
    private readonly int[] _seatsLeft;
    private readonly int[] _teamOf;
    private readonly int[] _value;

    // Upper bounds on a mentee's best option other than its team: the bound, the team it came from (or None), and a
    // bound on the options other than that team. Prices only rise, so bounds computed earlier stay valid.
    private readonly long[] _altBest;
    private readonly int[] _altBestTeam;
    private readonly long[] _altSecond;

    // Members of each team as doubly linked lists over mentee indexes.
    private readonly int[] _head;
    private readonly int[] _next;
    private readonly int[] _prev;

    // Search state over teams plus the sink, reset by bumping the stamp.
    private readonly long[] _dist;
    private readonly int[] _reached;
    private readonly int[] _settled;
    private readonly int[] _pred;
    private readonly int[] _predValue;
    private readonly int[] _settledOrder;
    private readonly DistanceHeap _heap = new();
    private int _stamp;
    private int _settledCount;

    private CapacitatedAssignmentSolver(TGraph graph, ReadOnlySpan<int> seats)
    {
        _graph = graph;
        _teamCount = graph.TeamCount;
        _sink = _teamCount;
        var n = graph.MenteeCount;
        _price = new long[_teamCount];
        _seatsLeft = seats.ToArray();
        _teamOf = new int[n];
        _value = new int[n];
        _altBest = new long[n];
        _altBestTeam = new int[n];
        _altSecond = new long[n];
        _head = new int[_teamCount];
        _next = new int[n];
        _prev = new int[n];
        _dist = new long[_teamCount + 1];
        _reached = new int[_teamCount + 1];
        _settled = new int[_teamCount + 1];
        _pred = new int[_teamCount + 1];
        _predValue = new int[_teamCount + 1];
        _settledOrder = new int[_teamCount];
        Array.Fill(_teamOf, None);
        Array.Fill(_head, None);
    }

    private CapacitatedAssignmentStatistics _statistics;

    /// <summary>Finds a placement of greatest total value.</summary>
    /// <param name="graph">The candidate pairs.</param>
    /// <param name="seats">Free seats per team (none negative), one per team.</param>
    /// <param name="cancellationToken">Stops the work; checked every few mentees and during long searches.</param>
    /// <returns>The placement, its total value and figures about the run.</returns>
    /// <exception cref="ArgumentException">The seats do not match the teams.</exception>
    /// <exception cref="OperationCanceledException">Cancelled.</exception>
    public static CapacitatedAssignment Solve(TGraph graph, ReadOnlySpan<int> seats, CancellationToken cancellationToken)
    {
        if (seats.Length != graph.TeamCount)
        {
            throw new ArgumentException($"Expected free seats for {graph.TeamCount} teams, got {seats.Length}.", nameof(seats));
        }

        foreach (var s in seats)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(s, nameof(seats));
        }

        cancellationToken.ThrowIfCancellationRequested();
        var solver = new CapacitatedAssignmentSolver<TGraph>(graph, seats);
        for (var m = 0; m < graph.MenteeCount; m++)
        {
            if ((m & 63) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            solver.Add(m, cancellationToken);
        }

        return solver.Finish();
    }

    private void Add(int mentee, CancellationToken cancellationToken)
    {
        var candidates = _graph.Candidates(mentee);
        if (candidates.IsEmpty)
        {
            return;
        }

        var (bestTeam, best, second) = BestTwo(candidates, None);
        _altBest[mentee] = best;
        _altBestTeam[mentee] = bestTeam;
        _altSecond[mentee] = second;
        if (best < 0)
        {
            // Every team costs more than it is worth to this mentee: staying out is optimal and stays so.
            _statistics.LeftOut++;
            return;
        }

        if (_seatsLeft[bestTeam] > 0)
        {
            _statistics.DirectPlacements++;
            Place(mentee, None, bestTeam, (int)(best + _price[bestTeam]));
            _seatsLeft[bestTeam]--;
            return;
        }

        Augment(mentee, best, candidates, cancellationToken);
    }

    private void Augment(int mentee, long profit, ReadOnlySpan<Candidate> candidates, CancellationToken cancellationToken)
    {
        _statistics.Augmentations++;
        _stamp++;
        _settledCount = 0;
        _heap.Clear();
        foreach (var c in candidates)
        {
            Relax(c.Team, profit - (c.Value - _price[c.Team]), mentee, c.Value);
        }

        Relax(_sink, profit, mentee, 0);

        int end;
        long length;
        var pops = 0;
        while (true)
        {
            if ((++pops & 1023) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var (key, node) = _heap.Pop();
            if (node < _teamCount)
            {
                if (_settled[node] == _stamp || key != _dist[node])
                {
                    continue;
                }

                if (_seatsLeft[node] > 0)
                {
                    end = node;
                    length = key;
                    break;
                }

                Settle(node, key);
            }
            else if (node == _sink)
            {
                if (key != _dist[_sink])
                {
                    continue;
                }

                end = _sink;
                length = key;
                break;
            }
            else
            {
                ScanMember(node - _teamCount - 1);
            }
        }

        for (var i = 0; i < _settledCount; i++)
        {
            var t = _settledOrder[i];
            _price[t] += length - _dist[t];
        }

        _statistics.SettledTeams += _settledCount;
        ShiftAlongPath(mentee, end);
    }

    private void Settle(int team, long distance)
    {
        _settled[team] = _stamp;
        _settledOrder[_settledCount++] = team;
        for (var x = _head[team]; x != None; x = _next[x])
        {
            var profit = _value[x] - _price[team];
            Relax(_sink, distance + profit, x, 0);

            // Moving x costs at least its profit minus the bound on its best other option; scan it only if that
            // lower bound beats the way out found so far (the sink's index is lower, so it wins ties).
            var lowerBound = distance + Math.Max(0, profit - _altBest[x]);
            if (lowerBound < _dist[_sink])
            {
                _heap.Push(lowerBound, _teamCount + 1 + x);
            }
        }
    }

    private void ScanMember(int x)
    {
        _statistics.MemberScans++;
        var team = _teamOf[x];
        var candidates = _graph.Candidates(x);
        var from = _dist[team] + _value[x] - _price[team];
        foreach (var c in candidates)
        {
            if (c.Team != team)
            {
                Relax(c.Team, from - (c.Value - _price[c.Team]), x, c.Value);
            }
        }

        // Refresh the bounds to the exact figures at today's prices.
        var (bestTeam, best, second) = BestTwo(candidates, team);
        _altBest[x] = best;
        _altBestTeam[x] = bestTeam;
        _altSecond[x] = second;
    }

    private void Relax(int node, long distance, int via, int value)
    {
        if (_reached[node] != _stamp || distance < _dist[node])
        {
            _reached[node] = _stamp;
            _dist[node] = distance;
            _pred[node] = via;
            _predValue[node] = value;
            _heap.Push(distance, node);
        }
    }

    private void ShiftAlongPath(int mentee, int end)
    {
        if (end != _sink)
        {
            _seatsLeft[end]--;
        }

        // From the end back to the new mentee: whoever reached a node moves into it, vacating their own team,
        // which the previous mover in the path fills.
        var target = end;
        var x = _pred[end];
        var value = _predValue[end];
        while (true)
        {
            var from = _teamOf[x];
            if (target == _sink)
            {
                if (x != mentee)
                {
                    _statistics.Displaced++;
                    Unlink(x, from);
                    _teamOf[x] = None;
                }
            }
            else
            {
                Place(x, from, target, value);
            }

            if (from == None)
            {
                return;
            }

            _statistics.Moves++;
            target = from;
            x = _pred[from];
            value = _predValue[from];
        }
    }

    private void Place(int x, int from, int target, int value)
    {
        // The option x leaves joins its alternatives; the one it takes leaves them.
        long best;
        long second;
        int bestTeam;
        if (_altBestTeam[x] == target)
        {
            best = _altSecond[x];
            second = best;
            bestTeam = None;
        }
        else
        {
            best = _altBest[x];
            second = _altSecond[x];
            bestTeam = _altBestTeam[x];
        }

        if (from != None)
        {
            Unlink(x, from);
            var left = _value[x] - _price[from];
            if (left > best)
            {
                second = best;
                best = left;
                bestTeam = from;
            }
            else if (left > second)
            {
                second = left;
            }
        }

        _altBest[x] = best;
        _altBestTeam[x] = bestTeam;
        _altSecond[x] = second;
        _teamOf[x] = target;
        _value[x] = value;
        var head = _head[target];
        _next[x] = head;
        _prev[x] = None;
        if (head != None)
        {
            _prev[head] = x;
        }

        _head[target] = x;
    }

    private void Unlink(int x, int team)
    {
        var prev = _prev[x];
        var next = _next[x];
        if (prev == None)
        {
            _head[team] = next;
        }
        else
        {
            _next[prev] = next;
        }

        if (next != None)
        {
            _prev[next] = prev;
        }
    }

    /// <summary>The best and second-best profit among the candidates other than <paramref name="except"/>, ties to the lower team.</summary>
    private (int BestTeam, long Best, long Second) BestTwo(ReadOnlySpan<Candidate> candidates, int except)
    {
        var bestTeam = None;
        var best = long.MinValue;
        var second = long.MinValue;
        var price = _price;
        foreach (var c in candidates)
        {
            if (c.Team == except)
            {
                continue;
            }

            var profit = c.Value - price[c.Team];
            if (profit > best || (profit == best && c.Team < bestTeam))
            {
                second = best;
                best = profit;
                bestTeam = c.Team;
            }
            else if (profit > second)
            {
                second = profit;
            }
        }

        return (bestTeam, best, second);
    }

    private CapacitatedAssignment Finish()
    {
        long objective = 0;
        var placed = 0;
        for (var m = 0; m < _teamOf.Length; m++)
        {
            if (_teamOf[m] != None)
            {
                objective += _value[m];
                placed++;
            }
        }

        _statistics.Placed = placed;
        return new CapacitatedAssignment(_teamOf, objective, _statistics);
    }
}

/// <summary>What <see cref="CapacitatedAssignmentSolver{TGraph}"/> found.</summary>
/// <param name="TeamOf">The team of each mentee, -1 for none.</param>
/// <param name="Objective">The total value of the placed pairs: the optimum.</param>
/// <param name="Statistics">Figures about the run.</param>
internal sealed record CapacitatedAssignment(int[] TeamOf, long Objective, CapacitatedAssignmentStatistics Statistics);

/// <summary>Figures about one solver run, for metrics and tuning.</summary>
internal struct CapacitatedAssignmentStatistics
{
    /// <summary>Mentees placed in the end.</summary>
    public int Placed;

    /// <summary>Mentees placed straight in their best team, without a search.</summary>
    public int DirectPlacements;

    /// <summary>Shortest-path searches run (mentees whose best team was full).</summary>
    public int Augmentations;

    /// <summary>Placed mentees moved to another team along an augmenting path.</summary>
    public long Moves;

    /// <summary>Placed mentees taken out again because a newcomer was worth more.</summary>
    public int Displaced;

    /// <summary>Mentees no team was worth a seat to at the prices when they were added.</summary>
    public int LeftOut;

    /// <summary>Full teams the searches passed through.</summary>
    public long SettledTeams;

    /// <summary>Members whose candidates a search had to scan.</summary>
    public long MemberScans;
}
