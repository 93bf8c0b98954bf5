using System.Diagnostics;
using System.Globalization;
using MentorGroups.Matching;
using MentorGroups.Policies;
using MentorGroups.Strategies;
using MentorGroups.Testing.Populations;

namespace MentorGroups.Benchmarks.Commands;

/// <summary>
/// <c>groups --mentees N [--policy common-form|recommended] [--strategies a,b] [--no-optimal]</c>: the default strategy on the
/// seeded HR population (the seed's common form, 5 to 10 mentees a group, unless told otherwise), next to the pairwise
/// strategies on the same instance in the same process: groups, common meeting slots, groups below the recommended
/// minimum, placements, idle mentors and wall time. The last line is the result against the <c>optimal</c> strategy.
/// </summary>
internal static class GroupsCommand
{
    public static int Run(string[] args)
    {
        var mentees = int.Parse(Option(args, "--mentees") ?? "10000", CultureInfo.InvariantCulture);
        var policyName = Option(args, "--policy") ?? "common-form";
        var policy = policyName switch
        {
            "common-form" => GroupSizePolicy.CommonForm,
            "recommended" => GroupSizePolicy.Recommended,
            _ => throw new ArgumentException($"Unknown policy '{policyName}'; use common-form or recommended."),
        };
        var withOptimal = !args.Contains("--no-optimal");
        var others = (Option(args, "--strategies") ?? "greedy").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

        var options = HrPopulationOptions.ForMentees(mentees, Infrastructure.Workloads.Seed) with { SizePolicy = policy };
        var request = HrPopulationGenerator.Generate(options).Request;
        var minimum = request.Policy.MinMentees.Value;
        Console.WriteLine($"Instance: {request.Mentees.Count:N0} mentees, {request.Mentors.Count:N0} mentors, {request.Mentors.Sum(m => m.Capacity):N0} mentor seats (HR population, seed {Infrastructure.Workloads.Seed}); policy {policyName}: {request.Policy.MinMentees.Value} to {request.Policy.MaxMentees.Value} mentees, at most {request.Policy.MaxMenteesPerMentor.Value} per mentor, 1 to {request.Policy.MaxMentors.Value} mentors.");
        WarmUp(policy);

        var catalog = MatchingStrategyCatalog.CreateDefault();
        var names = new List<string> { MatchingStrategyCatalog.RecommendedStrategy };
        if (withOptimal)
        {
            names.Add("optimal");
        }

        names.AddRange(others.Where(o => !names.Contains(o, StringComparer.OrdinalIgnoreCase)));
        var rows = new List<(string Name, MatchingResult Result, TimeSpan Time)>();
        foreach (var name in names)
        {
            var strategy = catalog.Create(name);
            GC.Collect();
            var clock = Stopwatch.StartNew();
            var result = strategy.Match(request);
            clock.Stop();
            rows.Add((name, result, clock.Elapsed));
            Console.WriteLine($"  {name}: {clock.Elapsed.TotalSeconds:F1} s");
        }

        Console.WriteLine();
        Console.WriteLine($"| strategy | groups | with a common meeting slot | below the recommended {minimum} mentees | placed | mentors idle | mean pair score | wall time |");
        Console.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var (name, result, time) in rows)
        {
            var groups = result.Groups.Count;
            var slots = result.GroupInsights.Count(i => i.HasCommonSlot);
            var below = result.Groups.Count(g => g.Mentees.Count < minimum);
            var score = result.Placements.Count == 0 ? 0 : result.Placements.Average(p => p.Score);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {name} | {groups:N0} | {slots:N0} ({Share(slots, groups)}) | {below:N0} | {result.Placements.Count:N0} of {request.Mentees.Count:N0} | {result.UnassignedMentors.Count:N0} | {score:F3} | {time.TotalSeconds:F1} s |"));
        }

        var (_, formed, formedTime) = rows[0];
        var bound = MeetingBound(request, formed);
        Console.WriteLine();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Upper bound on the slot share for these teams: {bound.Meetable:N0} of {formed.Groups.Count:N0} groups ({Share(bound.Meetable, formed.Groups.Count)}) have mentors who can all attend one meeting; no choice of mentees gives the others a common slot."));
        foreach (var key in new[] { "planMilliseconds", "compileMilliseconds", "formMilliseconds", "improveMilliseconds", "groupsConsolidated", "meetingTimesRepaired", "improvingMoves", "improvingSwaps", "chainPlacements", "chainExpansions", "chainSearchesCut" })
        {
            if (formed.Metrics.TryGetValue(key, out var value))
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {key}: {value:N0}"));
            }
        }

        if (args.Contains("--details"))
        {
            foreach (var mentor in formed.UnassignedMentors.Take(10))
            {
                Console.WriteLine($"  idle: {mentor.Explanation}");
            }

            foreach (var g in formed.Groups.Where(g => g.Mentees.Count < minimum).Take(15))
            {
                var seats = g.Mentors.Sum(id => request.Find(id)!.Capacity);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  small: {g.Id} {g.Mentees.Count} mentees, {g.Mentors.Count} mentor(s), {seats} seats, slot {formed.InsightOf(g.Id)?.HasCommonSlot}"));
            }
        }

        var groupsFormed = formed.Groups.Count;
        var share = groupsFormed == 0 ? 0 : (double)formed.GroupInsights.Count(i => i.HasCommonSlot) / groupsFormed;
        var belowMinimum = formed.Groups.Count(g => g.Mentees.Count < minimum);
        var ratio = withOptimal ? (formedTime / rows[1].Time).ToString("F2", CultureInfo.InvariantCulture) : "not measured (--no-optimal)";
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"RESULT: slot share {share:F3}, below recommended minimum {belowMinimum} of {groupsFormed} groups, placed {formed.Placements.Count} of {request.Mentees.Count}, time ratio to optimal {ratio}"));
        return 0;
    }

    /// <summary>
    /// How many of the formed groups could have a common slot at all: a group whose mentors (with availability) cannot
    /// all attend one meeting has none, whoever its mentees are. Teams decided by the strategy, so this bounds the
    /// slot share of these teams, not of every possible team plan.
    /// </summary>
    private static (int Meetable, int Total) MeetingBound(MatchingRequest request, MatchingResult result)
    {
        var meetable = 0;
        foreach (var group in result.Groups)
        {
            var mentors = group.Mentors.Select(id => request.Find(id)!.Participant).ToArray();
            var slots = request.MeetingSlots.Find(mentors);
            meetable += slots.ConsideredMemberCount == 0 || slots.HasCommonSlot ? 1 : 0;
        }

        return (meetable, result.Groups.Count);
    }

    private static void WarmUp(GroupSizePolicy policy)
    {
        var request = HrPopulationGenerator.Generate(HrPopulationOptions.ForMentees(200, 1) with { SizePolicy = policy }).Request;
        foreach (var name in new[] { MatchingStrategyCatalog.RecommendedStrategy, "optimal" })
        {
            MatchingStrategyCatalog.CreateDefault().Create(name).Match(request);
        }
    }

    private static string Share(int part, int whole) =>
        whole == 0 ? "–" : ((double)part / whole).ToString("P1", CultureInfo.InvariantCulture);

    private static string? Option(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }
}
