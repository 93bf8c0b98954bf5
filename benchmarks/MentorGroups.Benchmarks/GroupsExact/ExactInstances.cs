using System.Globalization;
using MentorGroups.Matching;
using MentorGroups.Participants;
using MentorGroups.Policies;
using MentorGroups.Testing.Populations;

namespace MentorGroups.Benchmarks.GroupsExact;

/// <summary>One small instance: its number, how it was made, and the request.</summary>
internal sealed record ExactInstanceCase(int Number, string Shape, MatchingRequest Request);

/// <summary>
/// Small instances from the seeded HR population, the same generator as the other benchmarks: a number of mentees drawn
/// from a range (8 to 20 by default, at most 40), a fifth or a quarter as many mentors (2 to 10; capacities 1 to 5, so
/// most mentors must co-lead to reach 5 mentees), the
/// seed's common form (1 to 2 mentors, 5 to 10 mentees, at most 5 per mentor) with the minimum recommended on half of
/// them and hard on the other half, the HR rules (line manager, common language) and coordinator exclusions, and on
/// every third instance the organisation chart two levels up (on every sixth also keeping two mentees of one manager
/// apart). Instance i is the same on every run.
/// </summary>
internal static class ExactInstances
{
    public const int BaseSeed = 12_000;

    public const int DefaultMinMentees = 8;

    // Larger instances are allowed (up to 40), but on a shared 2-core machine CP-SAT then needs from 15 s to minutes per
    // instance to prove the fit optimal; 20 keeps 200 proved instances within the 5-minute budget.
    public const int DefaultMaxMentees = 20;

    public static ExactInstanceCase Create(int number, int minMentees = DefaultMinMentees, int maxMentees = DefaultMaxMentees)
    {
        var random = new Random(BaseSeed + number);
        var mentees = random.Next(minMentees, maxMentees + 1);
        var mentors = Math.Clamp(mentees / (number % 2 == 0 ? 5 : 4), 2, 10);
        var hard = number % 4 >= 2;
        var policy = hard
            ? GroupSizePolicy.Create(
                GroupSizePolicy.CommonForm.MinMentors, GroupSizePolicy.CommonForm.MaxMentors, SizeLimit.Hard(5, GroupSizePolicy.SmallGroupRationale),
                GroupSizePolicy.CommonForm.MaxMentees, GroupSizePolicy.CommonForm.MaxMenteesPerMentor)
            : GroupSizePolicy.CommonForm;
        var options = new HrPopulationOptions
        {
            Mentees = mentees,
            Mentors = mentors,
            Seed = BaseSeed + number,
            SizePolicy = policy,
            ExclusionsPerThousandMentees = 50,
        };
        var population = HrPopulationGenerator.Generate(options);
        var request = population.Request;
        var chart = number % 3 == 0;
        var teammates = number % 6 == 0;
        if (chart)
        {
            request = WithChart(population, teammates);
        }

        var shape = string.Create(CultureInfo.InvariantCulture,
            $"{mentees} mentees, {mentors} mentors ({request.Mentors.Sum(m => m.Capacity)} seats), minimum 5 {(hard ? "hard" : "recommended")}{(chart ? teammates ? ", chart + teammates apart" : ", chart" : string.Empty)}, {request.Exclusions.Count} exclusion(s)");
        return new ExactInstanceCase(number, shape, request);
    }

    /// <summary>The same request with the population's organisation chart (everyone's line manager, enrolled or not) added.</summary>
    private static MatchingRequest WithChart(HrPopulation population, bool separateTeammates)
    {
        var request = population.Request;
        var chart = new OrganisationChart(population.Employees
            .Where(p => p.Profile.LineManagerId is not null)
            .Select(p => KeyValuePair.Create(p.Id, p.Profile.LineManagerId!.Value)));
        var builder = MatchingRequest.For(request.Programme)
            .Add(request.Mentors.Concat(request.Mentees))
            .WithSeed(request.Seed)
            .RequireCommonLanguage()
            .WithOrganisationChart(chart, separateTeammates: separateTeammates);
        foreach (var exclusion in request.Exclusions)
        {
            builder.Exclude(exclusion.First, exclusion.Second, exclusion.Reason);
        }

        return builder.Build();
    }
}
