using System.Globalization;
using MentorGroups.Enrolments;
using MentorGroups.Matching;
using MentorGroups.Engine;
using MentorGroups.Participants;

namespace MentorGroups.Strategies.GroupFormation;

/// <summary>
/// Every way to form the mentor teams of a small programme: each free lead mentor leads alone or with one partner the
/// hard constraints allow, each co-mentor co-leads with a lead or stays out. The team planner's rules of thumb (pair
/// short mentors, attach co-mentors) decide well at scale but can miss on a programme of a handful of mentors, where one
/// pairing decides who can be placed at all; there, forming groups under every plan and keeping the best is cheap.
/// </summary>
internal static class PlanSearch
{
    // 7 free mentors give at most 232 plans; beyond this the planner's one plan stands.
    public const int MaxPlans = 256;

    /// <summary>
    /// Every team plan for the mentors other than <paramref name="busy"/>, or <see langword="null"/> when the size
    /// policy has no mentors or there are more than <see cref="MaxPlans"/> plans.
    /// </summary>
    public static List<TeamPlan>? AllPlans(MatchingRequest request, IReadOnlySet<ParticipantId> busy)
    {
        var policy = request.Policy;
        if (!policy.IsMentored)
        {
            return null;
        }

        var free = request.Mentors.Where(m => !busy.Contains(m.Id)).ToArray();
        var minimum = Math.Max(1, policy.MinMentees.Value);
        var hard = policy.MinMentees.IsHard && minimum > 1;
        var pairs = policy.MaxMentors.Value >= 2;
        var allowed = new bool[free.Length, free.Length];
        for (var a = 0; a < free.Length; a++)
        {
            for (var b = a + 1; b < free.Length; b++)
            {
                allowed[a, b] = allowed[b, a] = pairs && (free[a].Role == ProgrammeRole.Mentor || free[b].Role == ProgrammeRole.Mentor)
                    && (!hard || Seats(request, [free[a], free[b]]) >= minimum) && PairRules.AllowedTogether(request, free[a], free[b]);
            }
        }

        var plans = new List<List<Enrolment[]>>();
        var taken = new bool[free.Length];
        var teams = new List<Enrolment[]>();
        if (!Enumerate(0))
        {
            return null;
        }

        return [.. plans.Select(p => new TeamPlan(p.Select(t => (IReadOnlyList<ParticipantId>)[.. t.Select(m => m.Id)]), IdleReasons(request, free, p, allowed, minimum)))];

        // Depth first over the first mentor not yet decided; false once there are too many plans.
        bool Enumerate(int from)
        {
            while (from < free.Length && taken[from])
            {
                from++;
            }

            if (from == free.Length)
            {
                plans.Add([.. teams]);
                return plans.Count <= MaxPlans;
            }

            var mentor = free[from];
            taken[from] = true;
            var alone = mentor.Role == ProgrammeRole.Mentor && (!hard || Seats(request, [mentor]) >= minimum);
            if (alone)
            {
                teams.Add([mentor]);
            }

            // A lead who cannot lead alone is out of this branch's groups; so is a co-mentor left without a lead.
            var ok = Enumerate(from + 1);
            if (alone)
            {
                teams.RemoveAt(teams.Count - 1);
            }

            for (var other = from + 1; ok && other < free.Length; other++)
            {
                if (taken[other] || !allowed[from, other])
                {
                    continue;
                }

                taken[other] = true;
                teams.Add(Lead(mentor, free[other]));
                ok = Enumerate(from + 1);
                teams.RemoveAt(teams.Count - 1);
                taken[other] = false;
            }

            taken[from] = false;
            return ok;
        }
    }

    /// <summary>The pair lead first: the lead mentor, or of two leads the one with more seats, as the planner orders them.</summary>
    private static Enrolment[] Lead(Enrolment a, Enrolment b) =>
        a.Role != ProgrammeRole.Mentor || (b.Role == ProgrammeRole.Mentor && b.Capacity > a.Capacity) ? [b, a] : [a, b];

    private static int Seats(MatchingRequest request, Enrolment[] mentors) => TeamPlanner.Seats(request, mentors);

    /// <summary>Why each free mentor outside every team of the plan leads no group, true whichever plan is kept.</summary>
    private static Dictionary<ParticipantId, string> IdleReasons(MatchingRequest request, Enrolment[] free, List<Enrolment[]> plan, bool[,] allowed, int minimum)
    {
        var inPlan = plan.SelectMany(t => t).ToHashSet(ReferenceEqualityComparer.Instance);
        var reasons = new Dictionary<ParticipantId, string>();
        for (var i = 0; i < free.Length; i++)
        {
            var mentor = free[i];
            if (inPlan.Contains(mentor))
            {
                continue;
            }

            var partners = Enumerable.Range(0, free.Length).Count(j => allowed[i, j]);
            var id = mentor.Id;
            reasons[id] = (mentor.Role, partners) switch
            {
                (ProgrammeRole.CoMentor, 0) => $"{id} is a co-mentor, and no lead mentor may share a group with them.",
                (ProgrammeRole.CoMentor, _) => string.Create(CultureInfo.InvariantCulture,
                    $"{id} is a co-mentor; groups were formed with them co-leading with each of the {partners} mentor(s) who may share a group with them, and the groups kept place as many mentees or more, meet the sizes and times as well, and fit as well or better."),
                (_, 0) => string.Create(CultureInfo.InvariantCulture,
                    $"{id} can take {Seats(request, [mentor])} mentee(s), below the hard minimum of {minimum}, and no free mentor who may share a group with them could co-lead."),
                _ => string.Create(CultureInfo.InvariantCulture,
                    $"{id} can take {Seats(request, [mentor])} mentee(s), below the hard minimum of {minimum}; groups were formed with them co-leading with each of the {partners} mentor(s) who may share a group with them, and the groups kept place as many mentees or more, meet the sizes and times as well, and fit as well or better."),
            };
        }

        return reasons;
    }
}
