using MentorGroups.Rules.Constraints;
using MentorGroups.Rules.Criteria;
using MentorGroups.Participants;
using MentorGroups.Policies;
using MentorGroups.Testing.Populations;
using MentorGroups.Validation;

namespace MentorGroups.Tests.Testing;

public sealed class HrPopulationGeneratorTests
{
    private static readonly HrPopulation Sample = HrPopulationGenerator.Generate(HrPopulationOptions.ForMentees(2_000, seed: 11));

    private static string Fingerprint(HrPopulation population) =>
        string.Join("\n", population.Employees.Select(p =>
            $"{p.Id}|{p.Profile.OrganisationalUnit}|{p.Profile.LineManagerId}|{p.Profile.SeniorityLevel}|{p.Profile.TimeZone?.Id}|{p.Profile.Languages}|{p.Profile.Expertise}|{p.Profile.LearningGoals}|{p.Profile.Availability}"))
        + "\n" + string.Join(",", population.Request.Mentors.Select(m => $"{m.Id}:{m.Capacity}"))
        + "\n" + string.Join(",", population.Request.Mentees.Select(m => $"{m.Id}:{m.IndividualGoals}"))
        + "\n" + string.Join(",", population.Request.Exclusions.Select(x => $"{x.First}-{x.Second}"));

    [Fact]
    public void Generate_SameOptions_SamePopulation()
    {
        var options = HrPopulationOptions.ForMentees(500, seed: 3);

        Assert.Equal(Fingerprint(HrPopulationGenerator.Generate(options)), Fingerprint(HrPopulationGenerator.Generate(options)));
    }

    [Fact]
    public void Generate_AnotherSeed_AnotherPopulation()
    {
        Assert.NotEqual(
            Fingerprint(HrPopulationGenerator.Generate(HrPopulationOptions.ForMentees(500, seed: 3))),
            Fingerprint(HrPopulationGenerator.Generate(HrPopulationOptions.ForMentees(500, seed: 4))));
    }

    [Fact]
    public void Presets_AreTheBenchmarkWorkloads()
    {
        Assert.Equal((1_000, 200), (HrPopulationOptions.W1k.Mentees, HrPopulationOptions.W1k.Mentors));
        Assert.Equal((10_000, 2_000), (HrPopulationOptions.W10k.Mentees, HrPopulationOptions.W10k.Mentors));
        Assert.Equal((100_000, 20_000), (HrPopulationOptions.W100k.Mentees, HrPopulationOptions.W100k.Mentors));
    }

    [Fact]
    public void Generate_Request_HasTheRequestedPeopleAllCriteriaAndConstraints()
    {
        var request = Sample.Request;

        Assert.Equal(2_000, request.Mentees.Count);
        Assert.Equal(400, request.Mentors.Count);
        Assert.Same(GroupSizePolicy.Recommended, request.Policy);
        Assert.Equal(ScoringCriteria.Default().Select(c => (c.Criterion.Name, c.Weight)), request.Criteria.Select(c => (c.Criterion.Name, c.Weight)));
        Assert.Contains(request.Constraints, c => c is LineManagerConstraint);
        Assert.Contains(request.Constraints, c => c is CommonLanguageConstraint);
        Assert.Contains(request.Constraints, c => c is ExclusionConstraint);
        Assert.All(request.Mentors, m => Assert.InRange(m.Capacity, 1, 5));
        Assert.Equal(Enumerable.Range(1, 5), request.Mentors.Select(m => m.Capacity).Distinct().Order());
    }

    [Fact]
    public void Generate_Managers_AreRealPeopleAndSomeAreEnrolled()
    {
        var ids = Sample.Employees.Select(p => p.Id).ToHashSet();
        var managers = Sample.Employees.Where(p => p.Profile.LineManagerId is not null).Select(p => p.Profile.LineManagerId!.Value).ToHashSet();
        var enrolledManagers = managers.Count(m => Sample.Request.Find(m) is not null);

        Assert.All(managers, m => Assert.Contains(m, ids));
        Assert.Single(Sample.Employees, p => p.Profile.LineManagerId is null);
        Assert.InRange(enrolledManagers, managers.Count / 3, managers.Count - 1);
        Assert.Contains(Sample.Request.Mentees, e => e.Participant.Profile.LineManagerId is { } m && Sample.Request.Find(m)?.IsMentor == true);
        Assert.InRange(Sample.OrganisationalUnits, 2_400 / 12, 2_400 / 12 + 1);
    }

    [Fact]
    public void Generate_Skills_AreZipfSkewed()
    {
        var counts = Sample.Request.Mentees.SelectMany(e => e.Goals).CountBy(t => t).Select(x => x.Value).OrderDescending().ToArray();

        // Rank 1 is asked for several times as often as rank 10, and far more than the tail.
        Assert.True(counts[0] > 4 * counts[9], $"top {counts[0]}, tenth {counts[9]}");
        Assert.True(counts.Length > 30, $"only {counts.Length} distinct goals");
        Assert.All(Sample.Request.Mentees, e => Assert.InRange(e.Goals.Count, 1, 4));
        Assert.All(Sample.Request.Mentors, m => Assert.InRange(m.Participant.Profile.Expertise.Count, 2, 5));
    }

    [Fact]
    public void Generate_LanguagesZonesAndAvailability_HaveAMajorityAndClusters()
    {
        var people = Sample.Request.Mentees.Concat(Sample.Request.Mentors).Select(e => e.Participant.Profile).ToArray();
        var english = people.Count(p => p.Languages.Contains("en"));
        var zones = people.GroupBy(p => p.TimeZone!.Id).ToDictionary(g => g.Key, g => g.Count());

        Assert.InRange(english, people.Length * 0.8, people.Length * 0.99);
        Assert.All(people, p => Assert.NotEmpty(p.Languages));
        Assert.InRange(zones.Count, 5, 11);
        Assert.All(zones.Keys, z => Assert.Contains('/', z));
        Assert.All(people, p => Assert.InRange(p.Availability.Count, 2, 3));
        Assert.InRange(people.Select(p => p.Availability).Distinct().Count(), 20, 11 * 24);
    }

    [Fact]
    public void Generate_Seniority_MentorsAreMoreSenior()
    {
        var mentees = Sample.Request.Mentees.Average(e => e.Participant.Profile.SeniorityLevel!.Value);
        var mentors = Sample.Request.Mentors.Average(e => e.Participant.Profile.SeniorityLevel!.Value);

        Assert.InRange(mentees, 0.5, 2.5);
        Assert.InRange(mentors, 4.5, 6.5);
    }

    [Fact]
    public void Validate_BadOptions_ReportsEveryProblem()
    {
        var options = new HrPopulationOptions { Mentees = -1, SkillCount = 1, MinCapacity = 3, MaxCapacity = 2 };

        var error = Assert.Throws<MentorGroupsValidationException>(() => HrPopulationGenerator.Generate(options));

        Assert.Equal([ErrorCodes.InvalidOptions], error.Codes);
        Assert.Equal(["Mentees", "SkillCount", "MaxCapacity"], error.Errors.Select(e => e.Target));
    }

    [Fact]
    public void Generate_Empty_GivesAnEmptyRequest()
    {
        var population = HrPopulationGenerator.Generate(new HrPopulationOptions { Mentees = 0, Mentors = 0 });

        Assert.Empty(population.Request.Mentees);
        Assert.Empty(population.Request.Mentors);
    }
}
