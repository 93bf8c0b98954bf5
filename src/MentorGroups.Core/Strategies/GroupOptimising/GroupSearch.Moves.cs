using System.Diagnostics;
using System.Globalization;
using MentorGroups.Enrolments;
using MentorGroups.Rules.Objectives;
using MentorGroups.Engine;

namespace MentorGroups.Strategies.GroupOptimising;

/// <content>Picking, pricing and applying the moves and swaps of the search.</content>
internal sealed partial class GroupSearch
{
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

            var rank = (start >= 0 && _evaluator.StartsOf(x).BinarySearch(start) < 0 ? 1 : 0) + (_evaluator.CanAttendAny(x, _target) ? 1 : 0);
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
}
