using System.Diagnostics;
using System.Globalization;
using MentorGroups.Enrolments;
using MentorGroups.Engine;

namespace MentorGroups.Strategies.GroupOptimising;

/// <content>Keeping the search's totals in step with the assignment: rebuilding, restoring, measuring and validating.</content>
internal sealed partial class GroupSearch
{
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
