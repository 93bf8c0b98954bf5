using System.Diagnostics;
using System.Globalization;
using MentorGroups.Enrolments;
using MentorGroups.Matching;
using MentorGroups.Rules.Objectives;
using MentorGroups.Engine;

namespace MentorGroups.Strategies.GroupOptimising;

/// <content>Placing and removing mentees under the group requirements, and the rules every placement checks.</content>
internal sealed partial class GroupSearch
{
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
}
