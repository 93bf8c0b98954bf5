using FsCheck;
using FsCheck.Fluent;
using MentorGroups.Enrolments;
using MentorGroups.Matching;
using MentorGroups.Rules.Criteria;
using MentorGroups.Participants;
using MentorGroups.Policies;
using MentorGroups.Programmes;

namespace MentorGroups.Testing.Conformance;

/// <summary>
/// FsCheck generators of realistic, valid matching requests: programmes under the preset policies, mentors with
/// capacities, mentees with goals, languages, departments, managers, time zones and availability, and — depending on
/// the <see cref="RequestShape"/> — pins, exclusions, line-manager relations and a common-language requirement.
/// </summary>
public static class MatchingGenerators
{
    private static readonly GroupSizePolicy[] Policies = [GroupSizePolicy.Recommended, GroupSizePolicy.CommonForm, GroupSizePolicy.OneToOne];

    private static readonly GroupSizePolicy[] PoliciesWithPeerGroups = [.. Policies, GroupSizePolicy.PeerGroup];

    private static readonly string[] Skills =
        ["leadership", "negotiation", "public speaking", "data analysis", "project management", "career start", "feedback", "strategy"];

    private static readonly string[] Languages = ["en", "da", "de"];

    private static readonly string[] Units = ["Finance", "Engineering", "Sales", "HR"];

    private static readonly string[] Zones = ["Europe/Copenhagen", "America/New_York", "Asia/Tokyo", "UTC"];

    private static readonly string[] Windows =
        ["Mon 09:00-11:00", "Tue 13:00-15:00", "Wed 08:00-10:00; Thu 16:00-18:00", "Fri 22:00-Sat 01:00", ""];

    /// <summary>Valid matching requests of the given shape.</summary>
    /// <param name="shape">The shape; <see cref="RequestShape"/> defaults when <see langword="null"/>.</param>
    /// <returns>The generator.</returns>
    public static Gen<MatchingRequest> Requests(RequestShape? shape = null)
    {
        shape ??= new RequestShape();
        var s = shape;
        return
            from policy in Gen.Elements(s.WithPeerGroups ? PoliciesWithPeerGroups : Policies)
            from mentorCount in Gen.Choose(0, policy.IsMentored ? s.MaxMentors : 0)
            from coMentorCount in Gen.Choose(0, policy.MaxMentors.Value >= 2 ? s.MaxCoMentors : 0)
            from menteeCount in Gen.Choose(0, s.MaxMentees)
            from mentors in Gen.ArrayOf(Profile(), mentorCount + coMentorCount)
            from capacities in Gen.ArrayOf(Gen.Choose(0, s.MaxCapacity), mentorCount + coMentorCount)
            from mentees in Gen.ArrayOf(Profile(), menteeCount)
            from wiring in Gen.ArrayOf(Gen.Choose(0, 1000), (menteeCount * 4) + 8)
            from seed in Gen.Choose(0, 1000)
            from weights in Gen.ArrayOf(Gen.Choose(0, 4), 6)
            select Assemble(s, policy, mentors, capacities, mentorCount, mentees, wiring, seed, weights);
    }

    /// <summary>The same as <see cref="Requests"/>, as an FsCheck arbitrary that shrinks with <see cref="RequestShrinker.Smaller"/>.</summary>
    /// <param name="shape">The shape.</param>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<MatchingRequest> RequestArbitrary(RequestShape? shape = null) => Arb.From(Requests(shape), RequestShrinker.Smaller);

    private sealed record RawProfile(string[] Goals, string[] Expertise, string[] Languages, string Unit, int Seniority, string Zone, string Windows);

    private static Gen<RawProfile> Profile() =>
        from goals in Gen.SubListOf(Skills)
        from expertise in Gen.SubListOf(Skills)
        from languageCount in Gen.Choose(0, 2)
        from languages in Gen.Shuffle(Languages)
        from unit in Gen.Elements(Units)
        from seniority in Gen.Choose(0, 6)
        from zone in Gen.Elements(Zones)
        from windows in Gen.Elements(Windows)
        select new RawProfile([.. goals.Take(3)], [.. expertise.Take(3)], [.. languages.Take(languageCount)], unit, seniority, zone, windows);

    private static MatchingRequest Assemble(
        RequestShape shape, GroupSizePolicy policy, RawProfile[] mentorProfiles, int[] capacities, int leadCount,
        RawProfile[] menteeProfiles, int[] wiring, int seed, int[] weights)
    {
        // One stream of wiring numbers decides managers, exclusions and pins, read in this order.
        var pick = new Wiring(wiring);
        var mentorIds = Enumerable.Range(0, mentorProfiles.Length).Select(i => $"M{i:D2}").ToArray();
        var menteeIds = Enumerable.Range(0, menteeProfiles.Length).Select(i => $"E{i:D2}").ToArray();
        var builder = MatchingRequest.For(ProgrammeUnder(policy)).WithSeed(seed);
        var seats = AddMentors(builder, policy, mentorIds, mentorProfiles, capacities, leadCount);

        // Peer groups are formed for every mentee, so only mentored programmes can run out of seats.
        if (shape.EnoughCapacity && policy.IsMentored && menteeProfiles.Length > seats)
        {
            // Keep only as many mentees as lead mentors alone can seat, so that capacity covers everyone.
            menteeProfiles = menteeProfiles[..seats];
            menteeIds = menteeIds[..seats];
        }

        AddMentees(builder, shape, mentorIds, menteeIds, menteeProfiles, pick);
        if (shape.WithConstraints)
        {
            AddConflicts(builder, mentorIds, menteeIds, pick);
        }

        if (shape.WithPins && leadCount > 0)
        {
            AddPins(builder, mentorIds, menteeIds, pick);
        }

        return builder.WithCriteria(Weighted(weights)).Build();
    }

    private static Programme ProgrammeUnder(GroupSizePolicy policy)
    {
        var format = policy == GroupSizePolicy.OneToOne ? ProgrammeFormat.OneToOne
            : policy == GroupSizePolicy.PeerGroup ? ProgrammeFormat.PeerGroup
            : ProgrammeFormat.Group;
        return Programme.Builder("conformance", "Conformance programme")
            .WithFormat(format).WithSizePolicy(policy)
            .WithSharedLearningGoal("First years at work", "career start")
            .Build();
    }

    /// <summary>Enrols lead mentors, then co-mentors; returns the seats the leads alone offer under the policy.</summary>
    private static int AddMentors(
        MatchingRequestBuilder builder, GroupSizePolicy policy, string[] mentorIds, RawProfile[] profiles, int[] capacities, int leadCount)
    {
        var seats = 0;
        for (var i = 0; i < profiles.Length; i++)
        {
            var person = Build(mentorIds[i], profiles[i], manager: null);
            builder.Add(i < leadCount ? Enrolment.AsMentor(person, capacities[i]) : Enrolment.AsCoMentor(person, capacities[i]));
            if (i < leadCount)
            {
                seats += Math.Min(capacities[i], policy.MenteeCapFor(1));
            }
        }

        return seats;
    }

    private static void AddMentees(
        MatchingRequestBuilder builder, RequestShape shape, string[] mentorIds, string[] menteeIds, RawProfile[] profiles, Wiring pick)
    {
        for (var i = 0; i < profiles.Length; i++)
        {
            string? manager = null;
            if (shape.WithConstraints && pick.Next(4) == 0 && mentorIds.Length + i > 0)
            {
                // A quarter of mentees report to someone in the programme: a mentor or an earlier mentee.
                var k = pick.Next(mentorIds.Length + i);
                manager = k < mentorIds.Length ? mentorIds[k] : menteeIds[k - mentorIds.Length];
            }

            builder.Add(Enrolment.AsMentee(Build(menteeIds[i], profiles[i], manager)));
        }
    }

    /// <summary>Exclusions between a mentee and someone else, and sometimes a common-language requirement.</summary>
    private static void AddConflicts(MatchingRequestBuilder builder, string[] mentorIds, string[] menteeIds, Wiring pick)
    {
        for (var i = 0; i < menteeIds.Length / 5; i++)
        {
            var a = pick.Next(menteeIds.Length);
            var b = pick.Next(menteeIds.Length + mentorIds.Length);
            var other = b < menteeIds.Length ? menteeIds[b] : mentorIds[b - menteeIds.Length];
            if (menteeIds[a] != other)
            {
                builder.Exclude(menteeIds[a], other, "known conflict");
            }
        }

        if (pick.Next(2) == 0)
        {
            builder.RequireCommonLanguage();
        }
    }

    private static void AddPins(MatchingRequestBuilder builder, string[] mentorIds, string[] menteeIds, Wiring pick)
    {
        var pinned = new HashSet<string>();
        for (var i = 0; i < menteeIds.Length / 6; i++)
        {
            var mentee = menteeIds[pick.Next(menteeIds.Length)];
            if (pinned.Add(mentee))
            {
                builder.Pin(mentee, mentorIds[pick.Next(mentorIds.Length)]);
            }
        }
    }

    /// <summary>The default criteria with the drawn weights; at least one above zero, as a request needs.</summary>
    private static List<WeightedCriterion> Weighted(int[] weights)
    {
        var criteria = ScoringCriteria.Default().Select((c, i) => new WeightedCriterion(c.Criterion, weights[i])).ToList();
        if (criteria.All(c => c.Weight == 0))
        {
            criteria[0] = new WeightedCriterion(criteria[0].Criterion, 1);
        }

        return criteria;
    }

    /// <summary>Reads the drawn wiring numbers in turn (cycling), each reduced below a bound.</summary>
    private sealed class Wiring(int[] values)
    {
        private int _next;

        public int Next(int bound) => bound <= 0 ? 0 : values[_next++ % values.Length] % bound;
    }

    private static Participant Build(string id, RawProfile p, string? manager) =>
        Participant.Builder(id)
            .WithDisplayName("Person " + id)
            .WithLearningGoals(p.Goals)
            .WithExpertise(p.Expertise)
            .WithLanguages(p.Languages)
            .InOrganisationalUnit(p.Unit)
            .AtSeniority(p.Seniority)
            .InTimeZone(p.Zone)
            .AvailableAt(p.Windows)
            .ReportingTo(manager)
            .Build();
}
