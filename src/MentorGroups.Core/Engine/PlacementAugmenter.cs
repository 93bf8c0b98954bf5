
namespace MentorGroups.Engine;

/// <summary>
/// Places as many mentees as capacity and constraints allow, by moving placed mentees along chains of teams to free a
/// seat for an unplaced one (augmenting paths in the mentee–team graph). Any strategy can run it after its own pass so
/// that nobody is left out while a seat they could reach is free.
/// </summary>
public static class PlacementAugmenter
{
    /// <summary>Augments the assignment until no unplaced mentee can be placed by a chain of moves.</summary>
    /// <param name="assignment">The assignment to improve in place.</param>
    /// <param name="cancellationToken">Stops the work.</param>
    /// <returns>How many more mentees are placed.</returns>
    /// <exception cref="OperationCanceledException">Cancelled.</exception>
    public static int Augment(Assignment assignment, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(assignment);
        var search = new ChainSearch(assignment);
        var problem = assignment.Problem;
        var added = 0;
        for (var start = 0; start < problem.Mentees.Count; start++)
        {
            if (assignment.TeamOf(start) >= 0 || problem.Candidates(start).IsEmpty)
            {
                continue;
            }

            if ((start & 63) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            if (search.TryPlace(start))
            {
                added++;
            }
        }

        return added;
    }

    /// <summary>Breadth-first search over teams for a chain of moves that ends at a free seat.</summary>
    private sealed class ChainSearch
    {
        private readonly Assignment _assignment;
        private readonly MatchingProblem _problem;
        private readonly List<int>[] _members;
        private readonly bool[] _dead;
        private readonly int[] _cameFromTeam;
        private readonly int[] _movedMentee;
        private readonly int[] _visitedStamp;
        private readonly Queue<int> _queue = new();
        private int _stamp;

        public ChainSearch(Assignment assignment)
        {
            _assignment = assignment;
            _problem = assignment.Problem;
            var teamCount = _problem.Teams.Count;
            _members = new List<int>[teamCount];
            for (var t = 0; t < teamCount; t++)
            {
                _members[t] = [];
            }

            for (var m = 0; m < _problem.Mentees.Count; m++)
            {
                if (assignment.TeamOf(m) >= 0 && !_problem.IsFixed(m))
                {
                    _members[assignment.TeamOf(m)].Add(m);
                }
            }

            _dead = new bool[teamCount];
            _cameFromTeam = new int[teamCount];
            _movedMentee = new int[teamCount];
            _visitedStamp = new int[teamCount];
        }

        /// <summary>Places the unplaced mentee at the end of a chain of moves, if one reaches a free seat.</summary>
        public bool TryPlace(int start)
        {
            _stamp++;
            _queue.Clear();
            var found = Visit(start, from: -1);
            while (found < 0 && _queue.Count > 0)
            {
                var t = _queue.Dequeue();
                foreach (var x in _members[t])
                {
                    found = Visit(x, from: t);
                    if (found >= 0)
                    {
                        break;
                    }
                }
            }

            if (found < 0)
            {
                // Nothing reachable from here has room; until the next successful chain, nothing will.
                for (var t = 0; t < _dead.Length; t++)
                {
                    _dead[t] |= _visitedStamp[t] == _stamp;
                }

                return false;
            }

            ShiftAlong(found);
            Array.Clear(_dead);
            return true;
        }

        /// <summary>Reaches the mentee's candidate teams not seen yet; returns the first with a free seat, or -1.</summary>
        private int Visit(int mentee, int from)
        {
            foreach (var c in _problem.Candidates(mentee))
            {
                if (_dead[c.Team] || _visitedStamp[c.Team] == _stamp)
                {
                    continue;
                }

                _visitedStamp[c.Team] = _stamp;
                _cameFromTeam[c.Team] = from;
                _movedMentee[c.Team] = mentee;
                if (_assignment.FreeSeats(c.Team) > 0)
                {
                    return c.Team;
                }

                _queue.Enqueue(c.Team);
            }

            return -1;
        }

        /// <summary>Shifts along the chain, from the free seat back to the start.</summary>
        private void ShiftAlong(int found)
        {
            var team = found;
            while (team >= 0)
            {
                var mentee = _movedMentee[team];
                var from = _cameFromTeam[team];
                if (from >= 0)
                {
                    _members[from].Remove(mentee);
                }

                if (!_assignment.TryAssign(mentee, team))
                {
                    throw new InvalidOperationException("An augmenting chain met a move the assignment refused; the candidate lists are inconsistent.");
                }

                _members[team].Add(mentee);
                team = from;
            }
        }
    }
}
