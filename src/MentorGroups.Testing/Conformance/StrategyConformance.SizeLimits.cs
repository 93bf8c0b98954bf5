using MentorGroups.Groups;
using MentorGroups.Matching;
using MentorGroups.Policies;
using MentorGroups.Rules.Constraints;
using MentorGroups.Rules.Objectives;

namespace MentorGroups.Testing.Conformance;

public sealed partial class StrategyConformance
{
    /// <summary>
    /// No group breaks a hard size limit (mentors, mentees, mentees per mentor), also when the programme makes its minimum
    /// group size a hard limit (the request is run again under a hard minimum of 2 to 5 mentees).
    /// </summary>
    public const string SizeLimits = "size-limits";

    /// <summary>
    /// Nobody left out could have been placed as the groups stand: no unplaced mentee may join a formed group with a free
    /// seat without breaking a hard rule (constraints with every member, hard size limits, group requirements), and, where
    /// a group of one mentee is allowed and no co-mentor is idle, no idle lead mentor could take them. Requests with explicit preference lists are
    /// exempt: there a mentee's own ranking decides which groups they may join.
    /// </summary>
    public const string MaximalPlacement = "maximal-placement";

    private IEnumerable<string> CheckSizeLimits(MatchingRequest request)
    {
        foreach (var violation in HardLimitViolations(request, Run(request)))
        {
            yield return violation;
        }

        var policy = request.Policy;
        if (!policy.IsMentored || policy.MaxMentees.Value <= 1)
        {
            yield break;
        }

        var minimum = Math.Min(policy.MaxMentees.Value, 2 + (Math.Abs(request.Seed) % 4));
        var hard = GroupSizePolicy.Create(policy.MinMentors, policy.MaxMentors, SizeLimit.Hard(minimum, "a hard minimum for the test"), policy.MaxMentees, policy.MaxMenteesPerMentor);
        var strict = Reordered(request, request.Programme.WithSizePolicy(hard));
        foreach (var violation in HardLimitViolations(strict, Run(strict)))
        {
            yield return $"under a hard minimum of {minimum}: {violation}";
        }
    }

    private static IEnumerable<string> HardLimitViolations(MatchingRequest request, MatchingResult result)
    {
        foreach (var group in result.Groups)
        {
            foreach (var finding in request.Policy.Evaluate(group).Where(f => f.Severity == FindingSeverity.Error))
            {
                yield return $"group {group.Id} breaks a hard limit: {finding.Message}";
            }
        }
    }

    private IEnumerable<string> CheckMaximalPlacement(MatchingRequest request)
    {
        if (request.Preferences is not null)
        {
            yield break;
        }

        var result = Run(request);
        var policy = request.Policy;
        // An idle lead could take a mentee alone only where a group of one is allowed, and only when no idle co-mentor
        // is bound to them (a lead and co-mentor lead together, so the mentee must be allowed with both).
        var idleCoMentor = result.UnassignedMentors.Any(u => request.Find(u.Mentor)!.Role == Enrolments.ProgrammeRole.CoMentor);
        var groupOfOneAllowed = (!policy.MinMentees.IsHard || policy.MinMentees.Value <= 1) && !idleCoMentor;
        var idleLeads = result.UnassignedMentors.Select(u => request.Find(u.Mentor)!)
            .Where(m => groupOfOneAllowed && policy.IsMentored && m.Role == Enrolments.ProgrammeRole.Mentor && m.Capacity > 0)
            .ToArray();
        foreach (var unmatched in result.Unmatched.Where(u => u.Reason != UnmatchedReason.PinNotHonoured))
        {
            var mentee = request.Find(unmatched.Mentee)!;
            foreach (var group in result.Groups.Where(g => g.Mentees.Count < Seats(request, g)))
            {
                if (CanJoin(request, group, mentee))
                {
                    yield return $"{mentee.Id} is unmatched ({unmatched.Reason}) although group {group.Id} has a free seat and no hard rule keeps them out";
                }
            }

            foreach (var lead in idleLeads.Where(l => Allowed(request, l, mentee)))
            {
                yield return $"{mentee.Id} is unmatched ({unmatched.Reason}) although mentor {lead.Id} leads no group and may take them";
            }
        }
    }

    /// <summary>The group's seats: its mentors' capacities capped by the policy (a peer group has the policy's maximum).</summary>
    private static int Seats(MatchingRequest request, MentoringGroup group) =>
        (int)Math.Min(group.Mentors.Sum(id => (long)(request.Find(id)?.Capacity ?? 0)), request.Policy.MenteeCapFor(group.Mentors.Count)) is var seats && group.Mentors.Count == 0
            ? request.Policy.MenteeCapFor(0)
            : seats;

    private static bool CanJoin(MatchingRequest request, MentoringGroup group, Enrolments.Enrolment mentee)
    {
        var members = group.Members.Select(id => request.Find(id)!).ToArray();
        if (!members.All(m => Allowed(request, m, mentee)))
        {
            return false;
        }

        if (request.GroupRequirements.Count == 0)
        {
            return true;
        }

        var mentors = group.Mentors.Select(id => request.Find(id)!).ToArray();
        var mentees = group.Mentees.Select(id => request.Find(id)!).Append(mentee).ToArray();
        var slots = request.MeetingSlots.Find(mentors.Concat(mentees).Select(e => e.Participant));
        var fit = new GroupMeetingFit(slots.ConsideredMemberCount, slots.HasCommonSlot ? Math.Max(1, slots.QualifyingStartCount) : 0, slots.MostAttendees);
        var context = new GroupContext(request.Programme, mentors, mentees, Seats(request, group), new GroupTargets(0, 0), fit);
        return request.GroupRequirements.All(r => r.Allows(context));
    }

    private static bool Allowed(MatchingRequest request, Enrolments.Enrolment a, Enrolments.Enrolment b)
    {
        var pair = new MemberPair(a, b, request.Programme);
        return request.Constraints.All(c => c.Allows(pair));
    }
}
