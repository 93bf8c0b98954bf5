using MentorGroups.Enrolments;
using MentorGroups.Groups;
using MentorGroups.Rules.Constraints;
using MentorGroups.Rules.Objectives;
using MentorGroups.Rules.Criteria;
using MentorGroups.Participants;
using MentorGroups.Programmes;
using MentorGroups.Scheduling;
using MentorGroups.Validation;

namespace MentorGroups.Matching;

/// <content>The checks Build runs before it creates a request: every problem is collected, then all are reported at once.</content>
public sealed partial class MatchingRequestBuilder
{
    private void CheckGroupObjectives(Problems problems, List<WeightedGroupObjective> objectives)
    {
        GroupObjectives.Check(problems, objectives);

        if (_groupRequirements.Any(r => r is null))
        {
            problems.Add(ErrorCodes.Required, "A group requirement is missing (null).");
        }

        foreach (var name in _groupRequirements.Where(r => r is not null).GroupBy(r => r.Name, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key))
        {
            problems.Add(ErrorCodes.DuplicateId, $"Group requirement '{name}' is given more than once.", name);
        }
    }

    private IHardConstraint[] BuildConstraints()
    {
        // The line-manager rule is always on and comes first: the caller's own instance when given (once), else a new one.
        var lineManager = _constraints.OfType<LineManagerConstraint>().FirstOrDefault() ?? new LineManagerConstraint();
        var constraints = new List<IHardConstraint> { lineManager };
        if (_exclusions.Count > 0)
        {
            constraints.Add(new ExclusionConstraint(_exclusions));
        }

        constraints.AddRange(_constraints.Where(c => c is not null && c is not LineManagerConstraint));
        return [.. constraints];
    }

    private void CheckPins(Problems problems, Dictionary<ParticipantId, Enrolment> byId)
    {
        foreach (var pin in _pins)
        {
            if (pin is null)
            {
                problems.Add(ErrorCodes.Required, "A pin is missing (null).");
                continue;
            }

            if (pin.Mentee.IsDefault || pin.Mentor.IsDefault)
            {
                // A default id has no text, so the message says what is missing instead of printing a blank.
                problems.Add(ErrorCodes.EmptyId,
                    $"A pin needs a mentee and a mentor id; its {(pin.Mentee.IsDefault ? "mentee" : "mentor")} id is empty (the default value).",
                    pin.Mentee.IsDefault ? (pin.Mentor.IsDefault ? null : pin.Mentor.Value) : pin.Mentee.Value);
                continue;
            }

            if (!byId.TryGetValue(pin.Mentee, out var mentee) || mentee.IsMentor)
            {
                problems.Add(ErrorCodes.UnknownParticipant, $"A pin names {pin.Mentee} as mentee, but no such mentee is enrolled.", pin.Mentee.ToString());
            }

            if (!byId.TryGetValue(pin.Mentor, out var mentor) || !mentor.IsMentor)
            {
                problems.Add(ErrorCodes.UnknownParticipant, $"A pin names {pin.Mentor} as mentor, but no such mentor is enrolled.", pin.Mentor.ToString());
            }
        }

        foreach (var conflict in _pins.Where(p => p is not null).GroupBy(p => p.Mentee).Where(g => g.Select(p => p.Mentor).Distinct().Count() > 1).OrderBy(g => g.Key))
        {
            problems.Add(ErrorCodes.ConflictingPins,
                $"{conflict.Key} is pinned to more than one mentor ({string.Join(", ", conflict.Select(p => p.Mentor).Distinct().Order())}).",
                conflict.Key.ToString());
        }
    }

    private void CheckExclusions(Problems problems, Dictionary<ParticipantId, Enrolment> byId)
    {
        foreach (var exclusion in _exclusions)
        {
            if (exclusion is null)
            {
                problems.Add(ErrorCodes.Required, "An exclusion is missing (null).");
                continue;
            }

            if (exclusion.First.IsDefault || exclusion.Second.IsDefault)
            {
                problems.Add(ErrorCodes.EmptyId, "An exclusion needs two participant ids; one is empty (the default value).",
                    exclusion.First.IsDefault ? (exclusion.Second.IsDefault ? null : exclusion.Second.Value) : exclusion.First.Value);
                continue;
            }

            foreach (var person in new[] { exclusion.First, exclusion.Second }.Where(p => !byId.ContainsKey(p)))
            {
                problems.Add(ErrorCodes.UnknownParticipant, $"An exclusion names {person}, who is not enrolled.", person.ToString());
            }

            if (exclusion.First == exclusion.Second)
            {
                problems.Add(ErrorCodes.DuplicateId, $"An exclusion names {exclusion.First} twice.", exclusion.First.ToString());
            }
        }
    }

    private static void CheckConstraints(Problems problems, IHardConstraint[] constraints)
    {
        foreach (var name in constraints.GroupBy(c => c.Name, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key))
        {
            problems.Add(ErrorCodes.DuplicateId, $"Constraint '{name}' is given more than once.", name);
        }
    }

    private void CheckExistingGroups(Problems problems, Dictionary<ParticipantId, Enrolment> byId)
    {
        var ids = new HashSet<GroupId>();
        var seen = new Dictionary<ParticipantId, GroupId>();
        foreach (var group in _existing)
        {
            if (!ids.Add(group.Id))
            {
                problems.Add(ErrorCodes.DuplicateId, $"Existing group {group.Id} is given twice.", group.Id.Value);
            }

            foreach (var member in group.Members.Where(_withdrawals.ContainsKey))
            {
                if (byId.ContainsKey(member))
                {
                    problems.Add(ErrorCodes.InvalidWithdrawal, $"{member} withdraws from group {group.Id} but is still enrolled.", member.ToString());
                }

                if (_locked.Contains(group.Id))
                {
                    problems.Add(ErrorCodes.InvalidWithdrawal, $"{member} withdraws from group {group.Id}, which is locked; unlock it first.", member.ToString());
                }
            }

            foreach (var member in group.Mentors.Where(m => !_withdrawals.ContainsKey(m)))
            {
                if (!byId.TryGetValue(member, out var e) || !e.IsMentor)
                {
                    problems.Add(ErrorCodes.UnknownParticipant, $"Existing group {group.Id} has mentor {member}, who is not enrolled as a mentor.", group.Id.Value);
                }
            }

            foreach (var member in group.Mentees.Where(m => !_withdrawals.ContainsKey(m)))
            {
                if (!byId.TryGetValue(member, out var e) || e.IsMentor)
                {
                    problems.Add(ErrorCodes.UnknownParticipant, $"Existing group {group.Id} has mentee {member}, who is not enrolled as a mentee.", group.Id.Value);
                }
            }

            foreach (var member in group.Members)
            {
                if (seen.TryGetValue(member, out var other))
                {
                    problems.Add(ErrorCodes.DuplicateMember, $"{member} is in existing groups {other} and {group.Id}.", member.ToString());
                }
                else
                {
                    seen[member] = group.Id;
                }
            }
        }

        foreach (var withdrawn in _withdrawals.Keys.Where(w => !seen.ContainsKey(w)).Order())
        {
            problems.Add(ErrorCodes.InvalidWithdrawal, $"{withdrawn} withdraws, but is in none of the existing groups.", withdrawn.ToString());
        }

        foreach (var locked in _locked.Where(l => !ids.Contains(l)).Order())
        {
            problems.Add(ErrorCodes.UnknownParticipant, $"Group {locked} is locked but is not among the existing groups.", locked.Value);
        }
    }

    private void CheckPreferences(Problems problems, Dictionary<ParticipantId, Enrolment> byId)
    {
        if (_preferences is null)
        {
            return;
        }

        Check(_preferences.Mentees, expectMentorOwner: false);
        Check(_preferences.Mentors, expectMentorOwner: true);

        void Check(IReadOnlyDictionary<ParticipantId, IReadOnlyList<ParticipantId>> lists, bool expectMentorOwner)
        {
            foreach (var (owner, ranked) in lists.OrderBy(l => l.Key))
            {
                if (!byId.TryGetValue(owner, out var e) || e.IsMentor != expectMentorOwner)
                {
                    problems.Add(ErrorCodes.UnknownParticipant, $"Preferences are given for {owner}, who is not enrolled as a {(expectMentorOwner ? "mentor" : "mentee")}.", owner.ToString());
                    continue;
                }

                foreach (var other in ranked ?? [])
                {
                    if (!byId.TryGetValue(other, out var o) || o.IsMentor == expectMentorOwner)
                    {
                        problems.Add(ErrorCodes.UnknownParticipant, $"The preferences of {owner} name {other}, who is not enrolled as a {(expectMentorOwner ? "mentee" : "mentor")}.", owner.ToString());
                    }
                }

                if (ranked is not null && ranked.Distinct().Count() != ranked.Count)
                {
                    problems.Add(ErrorCodes.DuplicateId, $"The preferences of {owner} name someone twice.", owner.ToString());
                }
            }
        }
    }
}
