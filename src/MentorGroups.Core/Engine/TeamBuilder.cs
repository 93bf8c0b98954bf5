using MentorGroups.Enrolments;
using MentorGroups.Matching;
using MentorGroups.Participants;
using MentorGroups.Rules.Constraints;

namespace MentorGroups.Engine;

/// <summary>
/// Forms mentor teams. Running groups keep their mentors, minus those who withdrew; a running group that lost every
/// mentor is taken over by the free lead mentor who fits its mentees best, so none of them has to move. Other lead
/// mentors each get a new team, and co-mentors join the lead they fit best (most shared expertise, then lowest id)
/// where the policy allows two mentors.
/// </summary>
internal static class TeamBuilder
{
    public static (MentorTeam[] Teams, IReadOnlyList<UnassignedMentor> Unteamed) Build(MatchingRequest request, PairScorer scorer, TeamPlan? plan = null, CancellationToken cancellationToken = default)
    {
        var policy = request.Policy;
        var teams = new List<MentorTeam>();
        var unteamed = new List<UnassignedMentor>();
        var taken = new HashSet<ParticipantId>(request.ExistingGroups.SelectMany(g => g.Mentors));
        var freeLeads = request.Mentors.Where(m => m.Role == ProgrammeRole.Mentor && !taken.Contains(m.Id)).ToList();

        foreach (var group in request.ExistingGroups)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var mentors = group.Mentors.Where(id => !request.HasWithdrawn(id)).Select(id => request.Find(id)!).ToList();
            var mentees = group.Mentees.Where(id => !request.HasWithdrawn(id)).Select(id => request.Find(id)!).ToArray();
            if (mentors.Count == 0 && policy.IsMentored)
            {
                var successor = Successor(request, scorer, freeLeads, mentees);
                if (successor is null)
                {
                    continue; // Nobody can take the group over: its mentees are placed afresh.
                }

                freeLeads.Remove(successor);
                mentors.Add(successor);
            }

            var locked = request.LockedGroups.Contains(group.Id);
            var seats = policy.IsMentored ? Seats(mentors, policy) : policy.MenteeCapFor(0);
            var capacity = locked ? mentees.Length : Math.Max(mentees.Length, seats);
            teams.Add(new MentorTeam(teams.Count, mentors, capacity, group.Id, locked));
        }

        if (!policy.IsMentored)
        {
            AddPeerSeats(request, teams);
            return ([.. teams], unteamed);
        }

        if (plan is not null)
        {
            AddPlanned(request, plan, taken, teams, unteamed);
            return ([.. teams], unteamed);
        }

        var partners = new Dictionary<ParticipantId, Enrolment>();
        foreach (var co in request.Mentors.Where(m => m.Role == ProgrammeRole.CoMentor && !taken.Contains(m.Id)))
        {
            // Each co-mentor is checked against every free lead: thousands of pairs apiece in a large programme.
            cancellationToken.ThrowIfCancellationRequested();
            if (policy.MaxMentors.Value < 2)
            {
                unteamed.Add(new UnassignedMentor(co.Id, $"{co.Id} is a co-mentor, but the size policy allows one mentor per group."));
                continue;
            }

            var best = freeLeads
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

        foreach (var lead in freeLeads)
        {
            Enrolment[] mentors = partners.TryGetValue(lead.Id, out var co) ? [lead, co] : [lead];
            teams.Add(new MentorTeam(teams.Count, mentors, Math.Max(0, Seats(mentors, policy)), null, false));
        }

        return ([.. teams], unteamed);
    }

    /// <summary>
    /// The strategy's own teams. Mentors who took over a running group are skipped; any other free mentor the plan leaves
    /// out is reported with the plan's reason.
    /// </summary>
    private static void AddPlanned(MatchingRequest request, TeamPlan plan, HashSet<ParticipantId> inRunningGroups, List<MentorTeam> teams, List<UnassignedMentor> unteamed)
    {
        var policy = request.Policy;
        var successors = new HashSet<ParticipantId>(teams.SelectMany(t => t.Mentors).Select(m => m.Id));
        var planned = new HashSet<ParticipantId>();
        foreach (var ids in plan.Teams)
        {
            if (ids.Count == 0 || ids.Count > policy.MaxMentors.Value)
            {
                throw new ArgumentException($"A planned team has {ids.Count} mentor(s); the size policy allows 1 to {policy.MaxMentors.Value}.", nameof(plan));
            }

            var mentors = new List<Enrolment>(ids.Count);
            foreach (var id in ids)
            {
                var mentor = request.Find(id);
                if (mentor is null || !mentor.IsMentor || request.HasWithdrawn(id))
                {
                    throw new ArgumentException($"The team plan names {id}, who is not an enrolled mentor of the request.", nameof(plan));
                }

                if (!planned.Add(id))
                {
                    throw new ArgumentException($"The team plan names {id} in more than one team.", nameof(plan));
                }

                if (!inRunningGroups.Contains(id) && !successors.Contains(id))
                {
                    mentors.Add(mentor);
                }
            }

            if (mentors.Count > 0)
            {
                teams.Add(new MentorTeam(teams.Count, mentors, Math.Max(0, Seats(mentors, policy)), null, false));
            }
        }

        foreach (var mentor in request.Mentors.Where(m => !planned.Contains(m.Id) && !inRunningGroups.Contains(m.Id) && !successors.Contains(m.Id) && !request.HasWithdrawn(m.Id)))
        {
            unteamed.Add(new UnassignedMentor(mentor.Id, plan.IdleReasons.GetValueOrDefault(mentor.Id) ?? $"{mentor.Id} was not chosen to lead or co-lead a group."));
        }
    }

    /// <summary>
    /// The mentors' capacities added up, capped by the policy's maximum for that many mentors. Summed in <see langword="long"/>:
    /// two capacities near <see cref="int.MaxValue"/> must not overflow before the cap applies.
    /// </summary>
    private static int Seats(IReadOnlyList<Enrolment> mentors, Policies.GroupSizePolicy policy) =>
        (int)Math.Min(mentors.Sum(m => (long)m.Capacity), policy.MenteeCapFor(mentors.Count));

    /// <summary>
    /// Peer groups have no mentor to form teams around, so the seats are mentor-less teams: just enough new groups of the
    /// policy's maximum size for every mentee not already in a running group. Strategies decide who sits where.
    /// </summary>
    private static void AddPeerSeats(MatchingRequest request, List<MentorTeam> teams)
    {
        var inRunningGroups = request.ExistingGroups.SelectMany(g => g.Mentees).Count(id => !request.HasWithdrawn(id));
        var newcomers = request.Mentees.Count - inRunningGroups;
        var size = request.Policy.MenteeCapFor(0);
        var groups = (newcomers + size - 1) / size;
        for (var i = 0; i < groups; i++)
        {
            teams.Add(new MentorTeam(teams.Count, [], size, null, false));
        }
    }

    /// <summary>The free lead mentor with room for every remaining mentee, allowed with all of them, who fits them best.</summary>
    private static Enrolment? Successor(MatchingRequest request, PairScorer scorer, List<Enrolment> freeLeads, Enrolment[] mentees)
    {
        if (mentees.Length == 0)
        {
            return null;
        }

        return freeLeads
            .Where(l => Math.Min(l.Capacity, request.Policy.MenteeCapFor(1)) >= mentees.Length && mentees.All(m => Allowed(request, l, m)))
            .Select(l => (Lead: l, Fit: mentees.Sum(m => MatchingProblem.ToValue(scorer.Score(l, m)))))
            .OrderByDescending(x => x.Fit)
            .ThenBy(x => x.Lead.Id)
            .Select(x => x.Lead)
            .FirstOrDefault();
    }

    private static bool Allowed(MatchingRequest request, Enrolment a, Enrolment b) => PairRules.AllowedTogether(request, a, b);
}
