using System.Globalization;
using MentorGroups.Enrolments;
using MentorGroups.Matching;
using MentorGroups.Rules.Constraints;
using MentorGroups.Engine;
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

    // Which mentees a mentor may have is read on a spread sample of this many mentees, one bit each, so that partners
    // who together rule out most mentees (no language in common with them, say) are not paired.
    private const int SampleSize = 256;

    private readonly MatchingRequest _request;
    private readonly MentorStarts _starts;
    private readonly int _min;
    private readonly int _maxMentors;
    private readonly Dictionary<ParticipantId, string> _idle = [];
    private readonly Dictionary<Enrolment, ulong[]> _reach = new(ReferenceEqualityComparer.Instance);
    private readonly Enrolment[] _sample;
    private readonly CancellationToken _cancellationToken;

    private TeamPlanner(MatchingRequest request, IReadOnlyList<Enrolment> mentors, CancellationToken cancellationToken)
    {
        _cancellationToken = cancellationToken;
        _request = request;
        _starts = new MentorStarts(request, mentors);
        _min = Math.Max(1, request.Policy.MinMentees.Value);
        _maxMentors = request.Policy.MaxMentors.Value;
        var step = Math.Max(1, request.Mentees.Count / SampleSize);
        _sample = [.. request.Mentees.Where((_, i) => i % step == 0).Take(SampleSize)];
        foreach (var mentor in mentors)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var bits = new ulong[(SampleSize + 63) / 64];
            for (var i = 0; i < _sample.Length; i++)
            {
                if (Allowed(mentor, _sample[i]))
                {
                    bits[i >> 6] |= 1UL << (i & 63);
                }
            }

            _reach[mentor] = bits;
        }
    }

    /// <summary>How many sampled mentees the mentor may have (both mentors, when a partner is given).</summary>
    private int Reach(Enrolment mentor, Enrolment? partner = null)
    {
        var a = _reach[mentor];
        var count = 0;
        for (var w = 0; w < a.Length; w++)
        {
            count += System.Numerics.BitOperations.PopCount(partner is null ? a[w] : a[w] & _reach[partner][w]);
        }

        return count;
    }

    /// <summary>Whether the mentor may lead no mentee of the programme: none in the sample, confirmed over everyone.</summary>
    private bool IsIsolated(Enrolment mentor)
    {
        if (_sample.Length == 0 || Reach(mentor) > 0)
        {
            return false;
        }

        // The confirmation reads every mentee, which at scale is long enough to check the token on the way.
        var mentees = _request.Mentees;
        for (var i = 0; i < mentees.Count; i++)
        {
            if ((i & 1023) == 0)
            {
                _cancellationToken.ThrowIfCancellationRequested();
            }

            if (Allowed(mentor, mentees[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The plan for the request's free mentors; <see langword="null"/> for peer groups (no mentors to plan).</summary>
    public static TeamPlan? Plan(MatchingRequest request, int freeMentees, CancellationToken cancellationToken) =>
        Plan(request, new HashSet<ParticipantId>(request.ExistingGroups.SelectMany(g => g.Mentors)), freeMentees, cancellationToken);

    /// <summary>The plan for the request's mentors other than <paramref name="busy"/> (who lead running groups).</summary>
    public static TeamPlan? Plan(MatchingRequest request, IReadOnlySet<ParticipantId> busy, int freeMentees, CancellationToken cancellationToken)
    {
        if (!request.Policy.IsMentored)
        {
            return null;
        }

        var free = request.Mentors.Where(m => !busy.Contains(m.Id)).ToList();
        var planner = new TeamPlanner(request, free, cancellationToken);
        var teams = planner.Form(free, freeMentees, cancellationToken);
        return new TeamPlan(teams.Select(t => (IReadOnlyList<ParticipantId>)[.. t.Select(m => m.Id)]), planner._idle);
    }

    private int Seats(List<Enrolment> mentors) => Seats(_request, mentors);

    /// <summary>The seats of a team of these mentors: their capacities together, capped by the policy for that many mentors.</summary>
    public static int Seats(MatchingRequest request, IReadOnlyCollection<Enrolment> mentors) =>
        (int)Math.Max(0, Math.Min(mentors.Sum(m => (long)m.Capacity), request.Policy.MenteeCapFor(mentors.Count)));

    private List<List<Enrolment>> Form(List<Enrolment> free, int freeMentees, CancellationToken cancellationToken)
    {
        var leads = free.Where(m => m.Role == ProgrammeRole.Mentor).ToList();
        var coMentors = free.Where(m => m.Role == ProgrammeRole.CoMentor).ToList();
        if (_maxMentors < 2)
        {
            return FormSingleLed(leads, coMentors);
        }

        // Mentors without capacity, or whom no mentee may join, lead alone and are not worth a partner; the result
        // explains them.
        var isolated = new HashSet<Enrolment>(free.Where(m => m.Capacity > 0 && IsIsolated(m)), ReferenceEqualityComparer.Instance);
        var short_ = leads.Where(l => l.Capacity > 0 && Seats([l]) < _min && !isolated.Contains(l)).OrderBy(l => l.Capacity).ThenBy(l => l.Id).ToList();
        var able = leads.Where(l => l.Capacity == 0 || Seats([l]) >= _min || isolated.Contains(l)).ToList();
        foreach (var co in coMentors.Where(isolated.Contains))
        {
            _idle[co.Id] = $"{co.Id} is a co-mentor, and the hard constraints allow no mentee of the programme with them.";
        }

        var teams = new List<List<Enrolment>>();
        var freeCo = new PartnerPool(coMentors.Where(c => !isolated.Contains(c)).OrderByDescending(c => c.Capacity).ThenBy(c => c.Id), _starts);
        PairShortWithCoMentors(short_, freeCo, teams, cancellationToken);
        PairShortLeads(short_, able, isolated, teams, cancellationToken);
        teams.AddRange(AttachCoMentors(able, isolated, freeCo, cancellationToken));
        MergeSurplus(teams, isolated, freeMentees, cancellationToken);
        return teams;
    }

    /// <summary>The teams when the size policy allows one mentor per group: every lead alone, co-mentors idle.</summary>
    private List<List<Enrolment>> FormSingleLed(List<Enrolment> leads, List<Enrolment> coMentors)
    {
        var teams = new List<List<Enrolment>>();
        foreach (var co in coMentors)
        {
            _idle[co.Id] = $"{co.Id} is a co-mentor, but the size policy allows one mentor per group.";
        }

        foreach (var lead in leads)
        {
            if (_request.Policy.MinMentees.IsHard && lead.Capacity > 0 && Seats([lead]) < _min)
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

    /// <summary>Co-mentors go first to the leads who need one to reach the minimum; those paired leave <paramref name="short_"/>.</summary>
    private void PairShortWithCoMentors(List<Enrolment> short_, PartnerPool freeCo, List<List<Enrolment>> teams, CancellationToken cancellationToken)
    {
        foreach (var lead in short_.ToList())
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (freeCo.Count > 0 && BestPartner(lead, freeCo, needed: true, preferred: null) is { } co)
            {
                freeCo.Remove(co);
                short_.Remove(lead);
                teams.Add([lead, co]);
            }
        }
    }

    /// <summary>
    /// Two short leads together, or one with a lead who could lead alone (taken out of <paramref name="able"/>) when
    /// that reaches the minimum and two short ones cannot. A short lead left without a partner leads alone, or under a
    /// hard minimum stays idle with the reason.
    /// </summary>
    private void PairShortLeads(List<Enrolment> short_, List<Enrolment> able, HashSet<Enrolment> isolated, List<List<Enrolment>> teams, CancellationToken cancellationToken)
    {
        var shortSet = new HashSet<Enrolment>(short_, ReferenceEqualityComparer.Instance);
        var partners = new PartnerPool(short_.Concat(able.Where(a => a.Capacity > 0 && !isolated.Contains(a))), _starts);
        foreach (var lead in short_)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!partners.Contains(lead))
            {
                continue;
            }

            partners.Remove(lead);
            if (BestPartner(lead, partners, needed: true, preferred: shortSet) is { } partner)
            {
                partners.Remove(partner);
                able.Remove(partner);
                teams.Add(partner.Capacity > lead.Capacity ? [partner, lead] : [lead, partner]);
            }
            else if (_request.Policy.MinMentees.IsHard)
            {
                _idle[lead.Id] = string.Create(CultureInfo.InvariantCulture,
                    $"{lead.Id} can take {Seats([lead])} mentee(s), below the hard minimum of {_min}, and no free mentor who may share a group with them could co-lead.");
            }
            else
            {
                teams.Add([lead]);
            }
        }
    }

    /// <summary>
    /// The leads of <paramref name="able"/> as teams, with the co-mentors left over joined to the lead they fit best.
    /// A lead who takes no mentee of their own can still co-lead: the co-mentor brings the seats (the team's capacity
    /// is the two together), as the engine's own pairing does.
    /// </summary>
    private List<List<Enrolment>> AttachCoMentors(List<Enrolment> able, HashSet<Enrolment> isolated, PartnerPool freeCo, CancellationToken cancellationToken)
    {
        var solo = able.Select(a => new List<Enrolment> { a }).ToList();
        var soloOf = solo.Where(t => t[0].Capacity > 0 && !isolated.Contains(t[0])).ToDictionary(t => t[0], t => t);
        var openLeads = new PartnerPool(soloOf.Keys, _starts);
        var emptyOf = solo.Where(t => t[0].Capacity == 0).ToDictionary(t => t[0], t => t);
        var emptyLeads = new PartnerPool(emptyOf.Keys, _starts);
        foreach (var co in freeCo.Nearest(-1).ToList())
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (openLeads.Count > 0 && BestPartner(co, openLeads, needed: false, preferred: null) is { } lead)
            {
                openLeads.Remove(lead);
                soloOf[lead].Add(co);
            }
            else if (co.Capacity > 0 && emptyLeads.Count > 0 && BestPartner(co, emptyLeads, needed: false, preferred: null) is { } empty)
            {
                emptyLeads.Remove(empty);
                emptyOf[empty].Add(co);
            }
            else
            {
                _idle[co.Id] = $"{co.Id} is a co-mentor, and no lead mentor without a co-mentor may share a group with them.";
            }
        }

        return solo;
    }

    /// <summary>
    /// With more groups than the mentees can fill to the minimum, two groups led alone become one co-led group
    /// (smallest first), until the groups fit the mentees or no such pair is left.
    /// </summary>
    private void MergeSurplus(List<List<Enrolment>> teams, HashSet<Enrolment> isolated, int freeMentees, CancellationToken cancellationToken)
    {
        var formed = teams.Count(t => Seats(t) > 0);
        var singles = teams.Where(t => t.Count == 1 && t[0].Capacity > 0 && !isolated.Contains(t[0])).OrderBy(t => t[0].Capacity).ThenBy(t => t[0].Id).ToList();
        var teamOf = singles.ToDictionary(t => t[0], t => t);
        var pool = new PartnerPool(singles.Select(t => t[0]), _starts);
        foreach (var first in singles)
        {
            if ((long)formed * _min <= freeMentees)
            {
                return;
            }

            cancellationToken.ThrowIfCancellationRequested();
            if (!pool.Contains(first[0]))
            {
                continue;
            }

            pool.Remove(first[0]);
            if (BestPartner(first[0], pool, needed: false, preferred: null) is { } partner)
            {
                pool.Remove(partner);
                teams.Remove(teamOf[partner]);
                first.Add(partner);
                formed--;
            }
        }
    }

    /// <summary>
    /// The partner in <paramref name="pool"/> that is allowed with the mentor, preferring, in turn: under a hard minimum,
    /// one whose seats together reach it (when <paramref name="needed"/>: a pair below a hard minimum can form no group,
    /// so there is then no partner at all); one who keeps at least
    /// half the mentees either could have, one they can meet, one whose seats together reach the minimum (when
    /// <paramref name="needed"/>), one of the <paramref name="preferred"/> mentors, as few seats to spare as possible,
    /// and most shared expertise.
    /// </summary>
    private Enrolment? BestPartner(Enrolment mentor, PartnerPool pool, bool needed, HashSet<Enrolment>? preferred)
    {
        Enrolment? best = null;
        var bestKey = (HardReach: false, Joint: false, Meet: false, Reach: false, Preferred: false, Fit: int.MinValue, Shared: -1);
        var hard = _request.Policy.MinMentees.IsHard;
        var alone = Reach(mentor);
        var scanned = 0;
        foreach (var candidate in pool.Nearest(_starts.PatternOf(mentor)))
        {
            if (scanned++ >= PartnerScanLimit)
            {
                break;
            }

            if (ReferenceEquals(candidate, mentor) || !Allowed(mentor, candidate))
            {
                continue;
            }

            var seats = Seats([mentor, candidate]);
            var reaches = !needed || seats >= _min;
            var key = (
                HardReach: !hard || reaches,
                Joint: 2 * Reach(mentor, candidate) >= Math.Min(alone, Reach(candidate)),
                Meet: _starts.CanMeet(mentor, candidate),
                Reach: reaches,
                Preferred: preferred is null || preferred.Contains(candidate),
                Fit: needed ? (reaches ? _min - seats : seats) : 0,
                Shared: mentor.Participant.Profile.Expertise.CountShared(candidate.Participant.Profile.Expertise));
            if (best is null || key.CompareTo(bestKey) > 0)
            {
                best = candidate;
                bestKey = key;
            }

            if (key.HardReach && key.Joint && key.Meet && key.Reach && key.Preferred && (!needed || key.Fit == 0))
            {
                break; // Nothing can beat it but shared expertise; the first such partner keeps planning fast.
            }
        }

        // Under a hard minimum a pair below it could lead no group: better no partner, and the mentor free for another.
        return needed && hard && !bestKey.HardReach ? null : best;
    }

    private bool Allowed(Enrolment a, Enrolment b) => PairRules.AllowedTogether(_request, a, b);
}
