using System.Globalization;
using MentorGroups.Enrolments;
using MentorGroups.Matching;
using MentorGroups.Matching.Constraints;
using MentorGroups.Matching.Solving;
using MentorGroups.Participants;

namespace MentorGroups.Strategies.GroupFormation;

/// <summary>
/// Decides which free mentors open groups and who leads with whom, before any mentee is placed. A mentor whose seats
/// reach the policy's minimum leads alone; one whose seats do not is paired, first with a co-mentor, then with another
/// such mentor, then with a mentor who could lead alone, so that the pair can reach the minimum. Remaining co-mentors
/// join the lead they can meet and share most expertise with. When the programme has more groups than its mentees can
/// fill to the minimum, groups led alone are merged into co-led ones. Partners must be allowed together by every hard
/// constraint and, where both gave availability, able to meet at one time.
/// </summary>
internal sealed class TeamPlanner
{
    // Partners are sought among this many mentors at most per mentor, nearest availability first, so planning stays
    // linear in the number of mentors at any scale.
    private const int PartnerScanLimit = 600;

    private readonly MatchingRequest _request;
    private readonly MentorStarts _starts;
    private readonly int _min;
    private readonly int _maxMentors;
    private readonly Dictionary<ParticipantId, string> _idle = [];

    private TeamPlanner(MatchingRequest request, IReadOnlyList<Enrolment> mentors)
    {
        _request = request;
        _starts = new MentorStarts(request, mentors);
        _min = Math.Max(1, request.Policy.MinMentees.Value);
        _maxMentors = request.Policy.MaxMentors.Value;
    }

    /// <summary>The plan for the request's free mentors; <see langword="null"/> for peer groups (no mentors to plan).</summary>
    public static TeamPlan? Plan(MatchingRequest request, int freeMentees, CancellationToken cancellationToken)
    {
        if (!request.Policy.IsMentored)
        {
            return null;
        }

        var inRunningGroups = new HashSet<ParticipantId>(request.ExistingGroups.SelectMany(g => g.Mentors));
        var free = request.Mentors.Where(m => !inRunningGroups.Contains(m.Id)).ToList();
        var planner = new TeamPlanner(request, free);
        var teams = planner.Form(free, freeMentees, cancellationToken);
        return new TeamPlan(teams.Select(t => (IReadOnlyList<ParticipantId>)[.. t.Select(m => m.Id)]), planner._idle);
    }

    private int Seats(List<Enrolment> mentors) =>
        Math.Max(0, Math.Min(mentors.Sum(m => m.Capacity), _request.Policy.MenteeCapFor(mentors.Count)));

    private List<List<Enrolment>> Form(List<Enrolment> free, int freeMentees, CancellationToken cancellationToken)
    {
        var policy = _request.Policy;
        var leads = free.Where(m => m.Role == ProgrammeRole.Mentor).ToList();
        var coMentors = free.Where(m => m.Role == ProgrammeRole.CoMentor).ToList();
        var teams = new List<List<Enrolment>>();
        if (_maxMentors < 2)
        {
            foreach (var co in coMentors)
            {
                _idle[co.Id] = $"{co.Id} is a co-mentor, but the size policy allows one mentor per group.";
            }

            foreach (var lead in leads)
            {
                if (policy.MinMentees.IsHard && lead.Capacity > 0 && Seats([lead]) < _min)
                {
                    _idle[lead.Id] = string.Create(CultureInfo.InvariantCulture,
                        $"{lead.Id} can take {Seats([lead])} mentee(s), below the hard minimum of {_min}, and the size policy allows one mentor per group.");
                }
                else
                {
                    teams.Add([lead]);
                }
            }

            return teams;
        }

        // Mentors without capacity lead nothing and are not worth a partner; the result explains them.
        var short_ = leads.Where(l => l.Capacity > 0 && Seats([l]) < _min).OrderBy(l => l.Capacity).ThenBy(l => l.Id).ToList();
        var able = leads.Where(l => l.Capacity == 0 || Seats([l]) >= _min).ToList();

        // Co-mentors go first to the leads who need one to reach the minimum.
        var freeCo = coMentors.OrderByDescending(c => c.Capacity).ThenBy(c => c.Id).ToList();
        foreach (var lead in short_.ToList())
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (BestPartner(lead, freeCo, needed: true) is { } co)
            {
                freeCo.Remove(co);
                short_.Remove(lead);
                teams.Add([lead, co]);
            }
        }

        // Then two such leads together.
        while (short_.Count > 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var lead = short_[0];
            short_.RemoveAt(0);
            if (BestPartner(lead, short_, needed: true) is { } partner)
            {
                short_.Remove(partner);
                teams.Add(partner.Capacity > lead.Capacity ? [partner, lead] : [lead, partner]);
            }
            else if (BestPartner(lead, able.Where(a => a.Capacity > 0).ToList(), needed: false) is { } strong)
            {
                // A lead who could lead alone takes them on as co-mentor rather than leave them idle.
                able.Remove(strong);
                teams.Add([strong, lead]);
            }
            else if (policy.MinMentees.IsHard)
            {
                _idle[lead.Id] = string.Create(CultureInfo.InvariantCulture,
                    $"{lead.Id} can take {Seats([lead])} mentee(s), below the hard minimum of {_min}, and no free mentor who may share a group with them could co-lead.");
            }
            else
            {
                teams.Add([lead]);
            }
        }

        var solo = able.Select(a => new List<Enrolment> { a }).ToList();
        foreach (var co in freeCo)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var open = solo.Where(t => t.Count == 1 && t[0].Capacity > 0).Select(t => t[0]).ToList();
            if (BestPartner(co, open, needed: false) is { } lead)
            {
                solo.First(t => t.Count == 1 && ReferenceEquals(t[0], lead)).Add(co);
            }
            else
            {
                _idle[co.Id] = $"{co.Id} is a co-mentor, and no lead mentor without a co-mentor may share a group with them.";
            }
        }

        teams.AddRange(solo);
        MergeSurplus(teams, freeMentees, cancellationToken);
        return teams;
    }

    /// <summary>
    /// With more groups than the mentees can fill to the minimum, two groups led alone become one co-led group
    /// (smallest first), until the groups fit the mentees or no such pair is left.
    /// </summary>
    private void MergeSurplus(List<List<Enrolment>> teams, int freeMentees, CancellationToken cancellationToken)
    {
        var formed = teams.Count(t => Seats(t) > 0);
        var singles = teams.Where(t => t.Count == 1 && t[0].Capacity > 0).OrderBy(t => t[0].Capacity).ThenBy(t => t[0].Id).ToList();
        while ((long)formed * _min > freeMentees && singles.Count >= 2)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var first = singles[0];
            singles.RemoveAt(0);
            var partner = BestPartner(first[0], singles.Select(s => s[0]).ToList(), needed: false);
            if (partner is null)
            {
                continue;
            }

            var second = singles.First(s => ReferenceEquals(s[0], partner));
            singles.Remove(second);
            teams.Remove(second);
            first.Add(partner);
            formed--;
        }
    }

    /// <summary>
    /// The partner among <paramref name="pool"/> (in its order) that is allowed with the mentor, preferring one they can
    /// meet, whose seats together reach the minimum (when <paramref name="needed"/>), and who shares most expertise.
    /// </summary>
    private Enrolment? BestPartner(Enrolment mentor, List<Enrolment> pool, bool needed)
    {
        Enrolment? best = null;
        var bestKey = (Meet: false, Reach: false, Shared: -1);
        var pattern = _starts.PatternOf(mentor);
        // Same availability first: such partners can always meet, and the scan limit then still finds them.
        var ordered = pattern < 0 ? pool : pool.Where(p => _starts.PatternOf(p) == pattern).Concat(pool.Where(p => _starts.PatternOf(p) != pattern));
        var scanned = 0;
        foreach (var candidate in ordered)
        {
            if (scanned++ >= PartnerScanLimit)
            {
                break;
            }

            if (ReferenceEquals(candidate, mentor) || !Allowed(mentor, candidate))
            {
                continue;
            }

            var key = (Meet: _starts.CanMeet(mentor, candidate), Reach: !needed || Seats([mentor, candidate]) >= _min,
                Shared: mentor.Participant.Profile.Expertise.CountShared(candidate.Participant.Profile.Expertise));
            if (best is null || key.CompareTo(bestKey) > 0)
            {
                best = candidate;
                bestKey = key;
            }

            if (key.Meet && key.Reach && !needed)
            {
                break; // Good enough: the first such partner in the pool's order keeps planning fast.
            }
        }

        return best;
    }

    private bool Allowed(Enrolment a, Enrolment b)
    {
        var pair = new MemberPair(a, b, _request.Programme);
        foreach (var constraint in _request.Constraints)
        {
            if (!constraint.Allows(pair))
            {
                return false;
            }
        }

        return true;
    }
}
