using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using MentorGroups.Matching;
using MentorGroups.Rules;
using MentorGroups.Rules.Constraints;
using MentorGroups.Rules.Criteria;
using MentorGroups.Engine;
using MentorGroups.Participants;
using MentorGroups.Programmes;
using MentorGroups.Scheduling;
using MentorGroups.Testing.Conformance;
using MentorGroups.Testing.Populations;

namespace MentorGroups.Tests.Matching;

/// <summary>Random requests for the fast-path properties: the conformance kit's, and small HR populations.</summary>
public static class PreparedScoringArbitraries
{
    public static Arbitrary<MatchingRequest> Requests() =>
        Gen.OneOf(
            MatchingGenerators.Requests(new RequestShape { MaxMentors = 8, MaxMentees = 30 }),
            from seed in Gen.Choose(0, 10_000)
            from mentees in Gen.Choose(1, 60)
            from skills in Gen.Choose(5, 130)
            select HrPopulationGenerator.Generate(HrPopulationOptions.ForMentees(mentees, seed) with { SkillCount = skills, AvailabilityPatternsPerOffice = 3 }).Request)
        .ToArbitrary();
}

/// <summary>The prepared fast paths give exactly what the per-pair interfaces give, bit for bit.</summary>
public sealed class PreparedScoringTests
{
    private static readonly Programme Programme = Programme.Builder("p", "Programme").Build();

    [Property(Arbitrary = [typeof(PreparedScoringArbitraries)], MaxTest = 60)]
    public Property Prepare_EveryBuiltInCriterion_ScoresEqualTheInterfaceBitForBit(MatchingRequest request)
    {
        var population = MatchingPopulation.For(request);
        var mentors = Enumerable.Range(0, request.Mentors.Count).ToArray();
        var scores = new double[mentors.Length];
        var mismatches = new List<string>();
        foreach (var criterion in request.Criteria.Select(c => c.Criterion).OfType<IPreparableCriterion>())
        {
            var prepared = criterion.Prepare(population);
            for (var e = 0; e < request.Mentees.Count; e++)
            {
                prepared.Score(e, mentors, scores);
                for (var m = 0; m < mentors.Length; m++)
                {
                    var slow = criterion.Score(new CandidatePair(request.Mentors[m], request.Mentees[e], request.Programme));
                    if (BitConverter.DoubleToInt64Bits(slow) != BitConverter.DoubleToInt64Bits(scores[m]))
                    {
                        mismatches.Add($"{criterion.Name} {request.Mentors[m].Id}/{request.Mentees[e].Id}: {scores[m]} vs {slow}");
                    }
                }
            }
        }

        return (mismatches.Count == 0).Label(string.Join("; ", mismatches.Take(5)))
            .Classify(request.Mentors.Count * request.Mentees.Count > 100, "more than 100 pairs");
    }

    [Property(Arbitrary = [typeof(PreparedScoringArbitraries)], MaxTest = 60)]
    public Property Prepare_EveryBuiltInConstraint_AllowsWhatTheInterfaceAllows(MatchingRequest request)
    {
        var population = MatchingPopulation.For(request);
        var allowed = new bool[request.Mentors.Count];
        var mismatches = new List<string>();
        var blocked = 0;
        foreach (var constraint in request.Constraints.OfType<IPreparableConstraint>())
        {
            var prepared = constraint.Prepare(population);
            for (var e = 0; e < request.Mentees.Count; e++)
            {
                Array.Fill(allowed, true);
                prepared.Filter(e, allowed);
                for (var m = 0; m < allowed.Length; m++)
                {
                    var slow = constraint.Allows(new MentorGroups.Rules.Constraints.MemberPair(request.Mentors[m], request.Mentees[e], request.Programme));
                    blocked += slow ? 0 : 1;
                    if (slow != allowed[m])
                    {
                        mismatches.Add($"{constraint.Name} {request.Mentors[m].Id}/{request.Mentees[e].Id}: {allowed[m]} vs {slow}");
                    }
                }
            }
        }

        return (mismatches.Count == 0).Label(string.Join("; ", mismatches.Take(5))).Classify(blocked > 0, "some pair blocked");
    }

    [Property(Arbitrary = [typeof(PreparedScoringArbitraries)], MaxTest = 60)]
    public Property Compile_CandidateValues_EqualPairValueAndIsAllowed(MatchingRequest request)
    {
        var problem = MatchingProblem.Compile(request.WithMaxCandidatesPerMentee(int.MaxValue), TestContext.Current.CancellationToken);
        var mismatches = new List<string>();
        for (var m = 0; m < problem.Mentees.Count; m++)
        {
            if (problem.IsFixed(m))
            {
                continue;
            }

            var listed = problem.Candidates(m).ToArray().ToDictionary(c => c.Team, c => c.Value);
            foreach (var team in problem.Teams.Where(t => !t.IsLocked && t.Capacity > 0))
            {
                var expected = problem.IsAllowed(m, team.Index) ? problem.PairValue(m, team.Index) : 0;
                var actual = listed.GetValueOrDefault(team.Index);
                if (expected != actual && (actual != 0 || problem.CreateAssignment().FreeSeats(team.Index) > 0))
                {
                    mismatches.Add($"mentee {m}, team {team.Index}: listed {actual}, expected {expected}");
                }
            }
        }

        return (mismatches.Count == 0).Label(string.Join("; ", mismatches.Take(5)));
    }

    [Property(MaxTest = 200)]
    public Property SharedMinutes_MergedPatternsEqualThePublicSum(int seed)
    {
        // Random windows, wrapping round the week and shifted by whole- and half-hour offsets.
        var random = new Random(seed);
        string[] zones = ["UTC", "Asia/Kolkata", "America/St_Johns", "Pacific/Kiritimati", "Pacific/Pago_Pago", "Europe/Copenhagen"];
        Participant Person(string id)
        {
            var windows = new List<WeeklyWindow>();
            for (var i = 0; i < random.Next(0, 5); i++)
            {
                var window = WeeklyWindow.FromMinutes(random.Next(WeeklyWindow.MinutesPerWeek), random.Next(1, random.Next(10) == 0 ? WeeklyWindow.MinutesPerWeek + 1 : 600));
                if (windows.All(w => !w.Overlaps(window)))
                {
                    windows.Add(window);
                }
            }

            return Participant.Builder(id).InTimeZone(random.Next(5) == 0 ? null : zones[random.Next(zones.Length)]).AvailableAt(windows).Build();
        }

        var builder = MatchingRequest.For(Programme);
        for (var i = 0; i < 6; i++)
        {
            builder.AddMentor(Person($"m{i}"), 1).AddMentee(Person($"e{i}"));
        }

        var request = builder.Build();
        var population = MatchingPopulation.For(request);
        var merged = new AvailabilityPatterns(population, maxTableEntries: 0);
        var tabled = new AvailabilityPatterns(population);
        var mismatches = new List<string>();
        for (var m = 0; m < 6; m++)
        {
            for (var e = 0; e < 6; e++)
            {
                var (a, b) = (merged.MentorPattern[m], merged.MenteePattern[e]);
                if (a < 0 || b < 0)
                {
                    continue;
                }

                var expected = AvailabilityOverlapCriterion.SharedMinutes(request.Mentors[m].Participant.Profile, request.Mentees[e].Participant.Profile);
                if (merged.SharedMinutes(a, b) != expected || tabled.SharedMinutes(a, b) != expected)
                {
                    mismatches.Add($"m{m}/e{e}: merged {merged.SharedMinutes(a, b)}, table {tabled.SharedMinutes(a, b)}, expected {expected}");
                }
            }
        }

        return (mismatches.Count == 0).Label(string.Join("; ", mismatches.Take(3)));
    }

    [Fact]
    public void Feature_SameKey_BuildsOnce()
    {
        var population = MatchingPopulation.For(MatchingRequest.For(Programme).Build(), TestContext.Current.CancellationToken);
        var builds = 0;

        var first = population.Feature("f", _ => { builds++; return new object(); });
        var second = population.Feature("f", _ => { builds++; return new object(); });

        Assert.Same(first, second);
        Assert.Equal(1, builds);
    }

    [Fact]
    public void Feature_KeyUsedForAnotherType_Throws()
    {
        var population = MatchingPopulation.For(MatchingRequest.For(Programme).Build(), TestContext.Current.CancellationToken);
        population.Feature("f", _ => "text");

        var error = Assert.Throws<InvalidOperationException>(() => population.Feature("f", _ => new List<int>()));

        Assert.Equal("Feature 'f' is a String, not a List`1.", error.Message);
    }

    [Fact]
    public void Create_TagBitsets_CountSharedAsTagSetsDoAcrossSeveralWords()
    {
        var tags = Enumerable.Range(0, 150).Select(i => $"tag {i}").ToArray();
        var request = MatchingRequest.For(Programme)
            .AddMentor(Participant.Builder("m").WithExpertise(tags.Take(100)).Build(), 1)
            .AddMentee(Participant.Builder("e").WithLearningGoals(tags.Skip(40)).Build())
            .Build();

        var bits = TagBitsets.Create(MatchingPopulation.For(request, TestContext.Current.CancellationToken), m => m.Participant.Profile.Expertise, e => e.Goals);

        Assert.Equal(3, bits.Words);
        Assert.Equal(100, bits.MentorCount(0));
        Assert.Equal(110, bits.MenteeCount(0));
        Assert.Equal(60, bits.CountShared(0, 0));
        Assert.Equal(request.Mentees[0].Goals.CountShared(request.Mentors[0].Participant.Profile.Expertise), bits.CountShared(0, 0));
    }
}
