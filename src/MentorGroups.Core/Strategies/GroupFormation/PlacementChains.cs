namespace MentorGroups.Strategies.GroupFormation;

/// <summary>
/// Places every mentee it can: for each unplaced mentee, a breadth-first search for a chain of moves that ends at a
/// free seat (the mentee takes a member's place, that member takes another's, ..., the last joins a team with room).
/// Every step keeps the rules between mentees and the group requirements and, when asked, the common meeting time of
/// every team it touches. Teams along a chain keep their size; only the last one grows, so no group shrinks.
/// </summary>
internal sealed class PlacementChains
{
    private readonly FormationState _state;
    private readonly int[] _stamp;
    private readonly int[] _cameFrom;
    private readonly int[] _mover;
    private readonly bool[] _dead;
    private readonly Queue<int> _queue = new();
    private readonly List<int> _expanded = [];
    private readonly int _expansionLimit;
    private int _round;

    public PlacementChains(FormationState state)
    {
        _state = state;
        var teams = state.Problem.Teams.Count;
        _stamp = new int[teams];
        _cameFrom = new int[teams];
        _mover = new int[teams];
        _dead = new bool[teams];
        // Long chains are rare and a full search per mentee is quadratic; beyond this many teams the search is cut short.
        _expansionLimit = Math.Min(teams, 4_000);
    }

    /// <summary>Teams expanded by all searches so far (each: its members tried as movers).</summary>
    public long Expansions { get; private set; }

    /// <summary>Searches cut short at the expansion limit.</summary>
    public long SearchesCut { get; private set; }

    /// <summary>Places unplaced mentees through chains; returns how many were placed.</summary>
    /// <param name="keepMeeting">Whether every step must keep its team able to meet at one time.</param>
    /// <param name="canOpen">Whether a mentee may be the first in an empty team.</param>
    /// <param name="progress">Receives progress.</param>
    /// <param name="cancellationToken">Stops the work.</param>
    public int Run(bool keepMeeting, bool canOpen, FormationProgress progress, CancellationToken cancellationToken)
    {
        var problem = _state.Problem;
        Array.Clear(_dead);
        var placed = 0;
        for (var s = 0; s < problem.Mentees.Count; s++)
        {
            if ((s & 63) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
                progress.Report(GroupFormationStage.Placing, s, problem.Mentees.Count);
            }

            if (_state.Assignment.TeamOf(s) >= 0 || _state.Candidates(s).IsEmpty)
            {
                continue;
            }

            var found = Search(s, keepMeeting, canOpen, out var exhausted);
            if (found < 0)
            {
                MarkDead(exhausted);
                continue;
            }

            Apply(found);
            placed++;
            Array.Clear(_dead);
        }

        return placed;
    }

    /// <summary>
    /// After a search that found no chain, the full teams it need not visit again until a chain changes the groups.
    /// When it was exhausted, that is every full team it reached: no chain through them ended at a free seat. When it
    /// was cut short, only the teams it expanded: the others were never tried. Teams with room are kept either way: the
    /// mentee who could not join them may differ from the next one (a rule between mentees, the meeting time).
    /// </summary>
    private void MarkDead(bool exhausted)
    {
        if (exhausted)
        {
            for (var t = 0; t < _stamp.Length; t++)
            {
                _dead[t] |= _stamp[t] == _round && _state.Assignment.FreeSeats(t) <= 0;
            }

            return;
        }

        // Without this, every mentee left out at scale repeats the same long search through the same full teams.
        foreach (var t in _expanded)
        {
            _dead[t] |= _state.Assignment.FreeSeats(t) <= 0;
        }
    }

    /// <summary>
    /// The last word on placement: every unplaced mentee joins the best team with a free seat they may join (when
    /// <paramref name="canOpen"/>, also an empty one), whatever the chains could not reach. Returns how many joined.
    /// </summary>
    public int FillFreeSeats(bool canOpen, CancellationToken cancellationToken)
    {
        var placed = 0;
        for (var m = 0; m < _state.Problem.Mentees.Count; m++)
        {
            if ((m & 255) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            if (_state.Assignment.TeamOf(m) >= 0 || _state.Problem.IsFixed(m))
            {
                continue;
            }

            foreach (var c in _state.Candidates(m))
            {
                if (IsEnd(m, c.Team, keepMeeting: false, canOpen) && _state.Join(m, c.Team))
                {
                    placed++;
                    break;
                }
            }
        }

        return placed;
    }

    private bool IsEnd(int mentee, int team, bool keepMeeting, bool canOpen) =>
        _state.HasRoom(team) && (canOpen || _state.Size(team) > 0) && _state.CanJoin(mentee, team, keepMeeting);

    private int Search(int start, bool keepMeeting, bool canOpen, out bool exhausted)
    {
        var problem = _state.Problem;
        _round++;
        _queue.Clear();
        _expanded.Clear();
        exhausted = false;
        foreach (var c in _state.Candidates(start))
        {
            if (!Visit(c.Team, -1, start))
            {
                continue;
            }

            if (IsEnd(start, c.Team, keepMeeting, canOpen))
            {
                return c.Team;
            }

            _queue.Enqueue(c.Team);
        }

        var expansions = 0;
        while (_queue.Count > 0)
        {
            if (++expansions > _expansionLimit)
            {
                SearchesCut++;
                return -1;
            }

            Expansions++;
            var team = _queue.Dequeue();
            _expanded.Add(team);
            var entering = _mover[team];
            foreach (var leaving in _state.Members[team])
            {
                if (problem.IsFixed(leaving) || !_state.CanJoin(entering, team, keepMeeting, replacing: leaving))
                {
                    continue;
                }

                foreach (var c in _state.Candidates(leaving))
                {
                    if (!Visit(c.Team, team, leaving))
                    {
                        continue;
                    }

                    if (IsEnd(leaving, c.Team, keepMeeting, canOpen))
                    {
                        return c.Team;
                    }

                    _queue.Enqueue(c.Team);
                }
            }
        }

        exhausted = true;
        return -1;
    }

    private bool Visit(int team, int from, int mover)
    {
        if (_dead[team] || _stamp[team] == _round || _state.Closed[team])
        {
            return false;
        }

        _stamp[team] = _round;
        _cameFrom[team] = from;
        _mover[team] = mover;
        return true;
    }

    /// <summary>Shifts along the chain from the free seat back to the start.</summary>
    private void Apply(int end)
    {
        var team = end;
        while (team >= 0)
        {
            if (!_state.Join(_mover[team], team))
            {
                throw new InvalidOperationException("A placement chain met a move the assignment refused; the candidate lists are inconsistent.");
            }

            team = _cameFrom[team];
        }
    }
}
