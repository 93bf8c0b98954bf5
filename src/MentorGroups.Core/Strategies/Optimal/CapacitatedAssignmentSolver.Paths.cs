using MentorGroups.Engine;

namespace MentorGroups.Strategies.Optimal;

/// <content>Moving mentees along an augmenting path, and each mentee's shortlist of the most profitable teams.</content>
internal sealed partial class CapacitatedAssignmentSolver<TGraph>
{
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

    private void Place(int x, int from, int target, long value)
    {
        // The team x takes leaves its shortlist; the team it leaves joins it, or the rest bound covers it.
        var start = x * ShortlistSize;
        int count = _shortCount[x];
        for (var i = start; i < start + count; i++)
        {
            if (_shortTeam[i] == target)
            {
                count--;
                _shortTeam[i] = _shortTeam[start + count];
                _shortValue[i] = _shortValue[start + count];
                break;
            }
        }

        if (from != None)
        {
            Unlink(x, from);
            var left = _value[x] - _price[from];
            if (count < ShortlistSize)
            {
                _shortTeam[start + count] = from;
                _shortValue[start + count] = _value[x];
                count++;
            }
            else
            {
                var weakest = start;
                for (var i = start + 1; i < start + count; i++)
                {
                    if (_shortValue[i] - _price[_shortTeam[i]] < _shortValue[weakest] - _price[_shortTeam[weakest]])
                    {
                        weakest = i;
                    }
                }

                var weakestProfit = _shortValue[weakest] - _price[_shortTeam[weakest]];
                if (left > weakestProfit)
                {
                    _restBound[x] = Math.Max(_restBound[x], weakestProfit);
                    _shortTeam[weakest] = from;
                    _shortValue[weakest] = _value[x];
                }
                else
                {
                    _restBound[x] = Math.Max(_restBound[x], left);
                }
            }
        }

        _shortCount[x] = (byte)count;
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

    /// <summary>
    /// Rebuilds the shortlist of <paramref name="x"/> from all its candidates except <paramref name="except"/>: the
    /// most profitable at today's prices, and the best profit of the others as the rest bound.
    /// </summary>
    /// <returns>The best candidate's team, profit and value (team -1 and profit <see cref="long.MinValue"/> when none).</returns>
    private (int Team, long Profit, long Value) Shortlist(int x, ReadOnlySpan<Candidate> candidates, int except)
    {
        var top = _top;
        var count = 0;
        var rest = NoBound;
        var price = _price;
        foreach (var c in candidates)
        {
            if (c.Team == except)
            {
                continue;
            }

            var cost = _tie.Cost(x, c.Team, c.Value);
            var profit = cost - price[c.Team];
            if (count == ShortlistSize && profit < top[count - 1].Profit)
            {
                rest = Math.Max(rest, profit);
                continue;
            }

            var rank = TieRank(x, c.Team);
            if (count == ShortlistSize)
            {
                ref var last = ref top[count - 1];
                if (!Before(profit, rank, c.Team, last.Profit, last.Rank, last.Team))
                {
                    rest = Math.Max(rest, profit);
                    continue;
                }

                rest = Math.Max(rest, last.Profit);
                count--;
            }

            // Insertion into the sorted shortlist: best first.
            var i = count++;
            while (i > 0 && Before(profit, rank, c.Team, top[i - 1].Profit, top[i - 1].Rank, top[i - 1].Team))
            {
                top[i] = top[i - 1];
                i--;
            }

            top[i] = (c.Team, cost, profit, rank);
        }

        var start = x * ShortlistSize;
        for (var i = 0; i < count; i++)
        {
            _shortTeam[start + i] = top[i].Team;
            _shortValue[start + i] = top[i].Value;
        }

        _shortCount[x] = (byte)count;
        _restBound[x] = rest;
        return count == 0 ? (None, long.MinValue, 0) : (top[0].Team, top[0].Profit, top[0].Value);
    }

    /// <summary>Whether a shortlist entry goes before another: higher profit, then lower tie rank, then lower team.</summary>
    internal static bool Before(long profit, uint rank, int team, long otherProfit, uint otherRank, int otherTeam) =>
        profit != otherProfit ? profit > otherProfit : rank != otherRank ? rank < otherRank : team < otherTeam;

    /// <summary>
    /// Orders a mentee's equally profitable teams by a fixed scramble of the two indexes rather than by team index, so
    /// that mentees with tied scores spread over their tied teams instead of all queueing for the lowest-numbered one
    /// (which would make later searches cross long plateaus of full teams). Still a pure function of the indexes.
    /// </summary>
    internal static uint TieRank(int mentee, int team)
    {
        var h = unchecked(((uint)mentee * 0x9E3779B1u) ^ ((uint)team * 0x85EBCA77u));
        h ^= h >> 15;
        h = unchecked(h * 0x2C1B3C6Du);
        h ^= h >> 12;
        return h;
    }
}
