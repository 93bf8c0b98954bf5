
namespace MentorGroups.Strategies.Optimal;

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
/// Scanning every candidate of every member of every team the search reaches would cost the whole graph per search.
/// Instead each mentee keeps a shortlist of its most profitable other teams and an upper bound on the profit of the
/// rest (valid because prices only rise); a search relaxes the shortlist exactly and scans all of a member's
/// candidates only when the bound says one of the rest might be closer, which is rare. A search also stops as soon as
/// it reaches a free seat at the smallest distance left, and ties are ordered by a scramble of the indexes so that
/// mentees with equal scores spread out instead of queueing for the same team.
/// </para>
/// <para>
/// The solver works on costs, not on the values themselves: <see cref="TieBreak"/> scales each value and adds a small
/// tie of its own per pair, so the optimum of the values is kept and, among the placements that reach it, one is
/// chosen that depends only on the mentee and team indexes — never on which other candidates a list holds. That is
/// what lets the optimal strategy solve on bounded lists and still return the placement the full lists give.
/// </para>
/// <para>Integer arithmetic throughout (distances and prices are bounded by the largest cost), so it is exact;
/// the order of the search breaks by fixed functions of team and mentee indexes, so it is deterministic. Memory is
/// O(mentees + teams) beyond the graph, which it reads in place.</para>
/// </remarks>
/// <typeparam name="TGraph">Where the candidate pairs come from.</typeparam>
internal sealed partial class CapacitatedAssignmentSolver<TGraph>
    where TGraph : ICandidateGraph
{
    private const int None = -1;

    /// <summary>How many alternatives each mentee keeps at hand; more costs memory, fewer costs full scans.</summary>
    internal const int ShortlistSize = 8;

    private const long NoBound = long.MinValue;

    private readonly TGraph _graph;
    private readonly int _teamCount;
    private readonly int _sink;

    private readonly long[] _price;
    private readonly int[] _seatsLeft;
    private readonly int[] _teamOf;
    private readonly long[] _value;

    // Each added mentee's shortlist: up to ShortlistSize candidate pairs (team, value) other than its own team, and a
    // bound on the profit of every other candidate. Prices only rise, so a bound taken earlier stays a bound; a search
    // relaxes the shortlist exactly and scans all candidates only when the bound comes up.
    private readonly int[] _shortTeam;
    private readonly long[] _shortValue;
    private readonly byte[] _shortCount;
    private readonly long[] _restBound;

    // Members of each team as doubly linked lists over mentee indexes.
    private readonly int[] _head;
    private readonly int[] _next;
    private readonly int[] _prev;

    // Search state over teams plus the sink, reset by bumping the stamp.
    private readonly long[] _dist;
    private readonly int[] _reached;
    private readonly int[] _settled;
    private readonly int[] _pred;
    private readonly long[] _predValue;
    private readonly int[] _settledOrder;
    private readonly DistanceHeap _heap = new();
    private readonly (int Team, long Value, long Profit, uint Rank)[] _top = new (int, long, long, uint)[ShortlistSize];
    private readonly TieBreak _tie;
    private int _stamp;
    private int _settledCount;
    private long _floor;
    private int _freeAtFloor = None;
    private int _newMentee = None;
    private long _newMenteeProfit;

    private CapacitatedAssignmentSolver(TGraph graph, ReadOnlySpan<int> seats)
    {
        _graph = graph;
        _teamCount = graph.TeamCount;
        _sink = _teamCount;
        var n = graph.MenteeCount;
        _price = new long[_teamCount];
        _seatsLeft = seats.ToArray();
        _teamOf = new int[n];
        _value = new long[n];
        _tie = new TieBreak(n);
        _shortTeam = new int[n * ShortlistSize];
        _shortValue = new long[n * ShortlistSize];
        _shortCount = new byte[n];
        _restBound = new long[n];
        _head = new int[_teamCount];
        _next = new int[n];
        _prev = new int[n];
        _dist = new long[_teamCount + 1];
        _reached = new int[_teamCount + 1];
        _settled = new int[_teamCount + 1];
        _pred = new int[_teamCount + 1];
        _predValue = new long[_teamCount + 1];
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

        var (bestTeam, best, bestValue) = Shortlist(mentee, candidates, None);
        if (best < 0)
        {
            // Every team costs more than it is worth to this mentee: staying out is optimal and stays so.
            _statistics.LeftOut++;
            return;
        }

        if (_seatsLeft[bestTeam] > 0)
        {
            _statistics.DirectPlacements++;
            Place(mentee, None, bestTeam, bestValue);
            _seatsLeft[bestTeam]--;
            return;
        }

        Augment(mentee, best, cancellationToken);
    }

    private void Augment(int mentee, long profit, CancellationToken cancellationToken)
    {
        _statistics.Augmentations++;
        _stamp++;
        _settledCount = 0;
        _heap.Clear();
        _newMentee = mentee;
        _newMenteeProfit = profit;
        _floor = 0;
        _freeAtFloor = None;
        Relax(_sink, profit, mentee, 0);
        RelaxShortlist(mentee, None, 0, profit);

        var pops = 0;
        while (_freeAtFloor == None)
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

                _floor = key;
                if (_seatsLeft[node] > 0)
                {
                    _freeAtFloor = node;
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

                _floor = key;
                _freeAtFloor = _sink;
            }
            else
            {
                _floor = key;
                ScanMember(node - _teamCount - 1);
            }
        }

        var end = _freeAtFloor;
        var length = _floor;
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
            RelaxShortlist(x, team, distance, profit);
        }
    }

    /// <summary>
    /// Offers the search the moves of <paramref name="x"/>, reached at <paramref name="distance"/> with
    /// <paramref name="profit"/> to give up: its shortlist exactly, the rest as one deferred full scan keyed by the
    /// lower bound the rest bound gives (no move costs less than nothing: x is at a best option).
    /// </summary>
    private void RelaxShortlist(int x, int team, long distance, long profit)
    {
        var from = distance + profit;
        var start = x * ShortlistSize;
        for (var i = start; i < start + _shortCount[x]; i++)
        {
            var t = _shortTeam[i];
            if (t != team)
            {
                Relax(t, from - (_shortValue[i] - _price[t]), x, _shortValue[i]);
            }
        }

        var bound = _restBound[x];
        if (bound != NoBound)
        {
            // The sink's index is below every scan event's, so it wins ties: a scan at its distance is never needed.
            var lowerBound = from - Math.Min(bound, profit);
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
        var from = x == _newMentee ? _newMenteeProfit : _dist[team] + _value[x] - _price[team];
        var candidates = _graph.Candidates(x);
        foreach (var c in candidates)
        {
            if (c.Team != team)
            {
                var cost = _tie.Cost(x, c.Team, c.Value);
                Relax(c.Team, from - (cost - _price[c.Team]), x, cost);
            }
        }

        Shortlist(x, candidates, team);
    }

    private void Relax(int node, long distance, int via, long value)
    {
        // Nothing farther than the way out found so far can be on the shortest path (teams win ties with the sink).
        if (distance > _dist[_sink] && node != _sink)
        {
            return;
        }

        if (_reached[node] != _stamp || distance < _dist[node])
        {
            _reached[node] = _stamp;
            _dist[node] = distance;
            _pred[node] = via;
            _predValue[node] = value;
            _heap.Push(distance, node);

            // Nothing in the heap is nearer than the floor, so a free seat at the floor ends the search now; on
            // plateaus of equal values this saves settling every team of the plateau.
            if (distance == _floor && _freeAtFloor == None && node != _sink && _seatsLeft[node] > 0)
            {
                _freeAtFloor = node;
            }
        }
    }

    private CapacitatedAssignment Finish()
    {
        long objective = 0;
        var placed = 0;
        for (var m = 0; m < _teamOf.Length; m++)
        {
            if (_teamOf[m] != None)
            {
                objective += _tie.ValueOf(_value[m]);
                placed++;
            }
        }

        _statistics.Placed = placed;
        return new CapacitatedAssignment(_teamOf, objective, _statistics, _price, _value, _tie);
    }
}
