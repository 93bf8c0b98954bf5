using MentorGroups.Enrolments;
using MentorGroups.Groups;
using MentorGroups.Participants;
using MentorGroups.Policies;
using MentorGroups.Programmes;
using MentorGroups.Rules.Constraints;

namespace MentorGroups.Engine;

/// <content>Fixed placements: members of running groups keep their seats, and pins are honoured where they can be (with the reason where not).</content>
public sealed partial class MatchingProblem
{
    private void FixExistingAndPinned()
    {
        var load = new int[_teams.Length];
        var fixedMembers = _teams.Select(_ => new List<int>()).ToArray();
        foreach (var team in _teams.Where(t => t.ExistingGroup is not null))
        {
            var group = Request.ExistingGroups.First(g => g.Id == team.ExistingGroup);
            foreach (var member in group.Mentees.Where(id => !Request.HasWithdrawn(id)))
            {
                var m = IndexOfMentee(member);
                _fixedTeam[m] = team.Index;
                load[team.Index]++;
                fixedMembers[team.Index].Add(m);
            }
        }

        foreach (var pin in Request.Pins.OrderBy(p => p.Mentee))
        {
            var m = IndexOfMentee(pin.Mentee);
            var team = TeamOfMentor(pin.Mentor);
            if (_fixedTeam[m] >= 0 && _fixedTeam[m] == team)
            {
                _pinned[m] = true;
                continue;
            }

            if (_fixedTeam[m] >= 0 && _teams[_fixedTeam[m]].IsLocked)
            {
                PinProblems[m] = $"{pin.Mentee} is pinned to {pin.Mentor}, but is a member of locked group {_teams[_fixedTeam[m]].ExistingGroup}.";
                continue;
            }

            string? problem = null;
            if (team < 0)
            {
                problem = $"{pin.Mentee} is pinned to {pin.Mentor}, who leads no group in this matching.";
            }
            else if (_teams[team].IsLocked)
            {
                problem = $"{pin.Mentee} is pinned to {pin.Mentor}, whose group {_teams[team].ExistingGroup} is locked.";
            }
            else if (BlockingConstraint(_mentees[m], _teams[team]) is { } blocking)
            {
                problem = $"{pin.Mentee} is pinned to {pin.Mentor}, but {blocking.Name} forbids it: {ExplainBlock(blocking, _mentees[m], _teams[team])}.";
            }
            else if (fixedMembers[team].Select(k => (Other: k, Blocking: BlockingConstraint(_mentees[m], _mentees[k]))).FirstOrDefault(x => x.Blocking is not null) is { Blocking: { } clash } conflict)
            {
                problem = $"{pin.Mentee} is pinned to {pin.Mentor}, but {clash.Name} keeps them from {_mentees[conflict.Other].Id}, who is already in that group: {Extensions.Explain(clash, new MemberPair(_mentees[m], _mentees[conflict.Other], Request.Programme))}.";
            }
            else if (load[team] >= _teams[team].Capacity)
            {
                problem = $"{pin.Mentee} is pinned to {pin.Mentor}, whose group is already full with pinned or existing members (capacity {_teams[team].Capacity}).";
            }

            if (_fixedTeam[m] >= 0)
            {
                load[_fixedTeam[m]]--;
                fixedMembers[_fixedTeam[m]].Remove(m);
                _fixedTeam[m] = -1;
            }

            if (problem is not null)
            {
                PinProblems[m] = problem;
                continue;
            }

            _fixedTeam[m] = team;
            _pinned[m] = true;
            load[team]++;
            fixedMembers[team].Add(m);
        }

        _fixedLoad = load;
    }

    private int[] _fixedLoad = [];

    internal int FixedLoad(int team) => _fixedLoad[team];

    internal string ExplainBlock(IHardConstraint blocking, Enrolment mentee, MentorTeam team)
    {
        foreach (var mentor in team.Mentors)
        {
            var pair = new MemberPair(mentor, mentee, Request.Programme);
            if (!Extensions.Allows(blocking, pair))
            {
                return Extensions.Explain(blocking, pair);
            }
        }

        return blocking.Name;
    }
}
