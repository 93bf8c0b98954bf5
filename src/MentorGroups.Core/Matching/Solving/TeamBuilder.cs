using MentorGroups.Enrolments;

namespace MentorGroups.Matching.Solving;

/// <summary>
/// Forms mentor teams: running groups keep their mentors; other lead mentors each get a team, and co-mentors join the
/// lead they fit best (most shared expertise, then lowest id) where the policy allows two mentors.
/// </summary>
internal static class TeamBuilder
{
    public static (MentorTeam[] Teams, IReadOnlyList<UnassignedMentor> Unteamed) Build(MatchingRequest request)
    {
        var policy = request.Policy;
        var teams = new List<MentorTeam>();
        var unteamed = new List<UnassignedMentor>();
        var placed = new HashSet<Participants.ParticipantId>();

        foreach (var group in request.ExistingGroups)
        {
            if (group.Mentors.Count == 0)
            {
                continue;
            }

            var mentors = group.Mentors.Select(id => request.Find(id)!).ToArray();
            var locked = request.LockedGroups.Contains(group.Id);
            var capacity = locked
                ? group.Mentees.Count
                : Math.Max(group.Mentees.Count, Math.Min(mentors.Sum(m => m.Capacity), policy.MenteeCapFor(mentors.Length)));
            teams.Add(new MentorTeam(teams.Count, mentors, capacity, group.Id, locked));
            placed.UnionWith(group.Mentors);
        }

        if (!policy.IsMentored)
        {
            return ([.. teams], unteamed);
        }

        var leads = request.Mentors.Where(m => m.Role == ProgrammeRole.Mentor && !placed.Contains(m.Id)).ToList();
        var partners = new Dictionary<Participants.ParticipantId, Enrolment>();
        foreach (var co in request.Mentors.Where(m => m.Role == ProgrammeRole.CoMentor && !placed.Contains(m.Id)))
        {
            if (policy.MaxMentors.Value < 2)
            {
                unteamed.Add(new UnassignedMentor(co.Id, $"{co.Id} is a co-mentor, but the size policy allows one mentor per group."));
                continue;
            }

            var best = leads
                .Where(l => !partners.ContainsKey(l.Id) && Allowed(request, l, co))
                .OrderByDescending(l => l.Participant.Profile.Expertise.CountShared(co.Participant.Profile.Expertise))
                .ThenBy(l => l.Id)
                .FirstOrDefault();
            if (best is null)
            {
                unteamed.Add(new UnassignedMentor(co.Id, $"{co.Id} is a co-mentor, and no lead mentor without a co-mentor may share a group with them."));
                continue;
            }

            partners[best.Id] = co;
        }

        foreach (var lead in leads)
        {
            Enrolment[] mentors = partners.TryGetValue(lead.Id, out var co) ? [lead, co] : [lead];
            var capacity = Math.Min(mentors.Sum(m => m.Capacity), policy.MenteeCapFor(mentors.Length));
            teams.Add(new MentorTeam(teams.Count, mentors, Math.Max(0, capacity), null, false));
        }

        return ([.. teams], unteamed);
    }

    private static bool Allowed(MatchingRequest request, Enrolment lead, Enrolment co)
    {
        var pair = new Constraints.MemberPair(lead, co, request.Programme);
        return request.Constraints.All(c => c.Allows(pair));
    }
}
