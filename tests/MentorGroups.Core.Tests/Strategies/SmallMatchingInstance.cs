using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using MentorGroups.Enrolments;
using MentorGroups.Matching;
using MentorGroups.Rules.Criteria;
using MentorGroups.Engine;
using MentorGroups.Participants;
using MentorGroups.Programmes;

namespace MentorGroups.Tests.Strategies;

/// <summary>
/// A small random matching request described by plain numbers, so that a failing property prints something readable:
/// mentors m0.. with capacities, mentees e0.., a score per (mentee, mentor), line managers, mentor–mentee exclusions
/// and pins. Mentees never conflict with each other, so the checked result keeps every placement a strategy makes.
/// </summary>
public sealed record SmallMatchingInstance(
    int Seed,
    int[] Capacities,
    int[][] Scores,
    int ScoreSteps,
    int[] ManagerOf,
    (int Mentee, int Mentor)[] Exclusions,
    (int Mentee, int Mentor)[] Pins)
{
    public int MenteeCount => Scores.Length;

    public int MentorCount => Capacities.Length;

    /// <summary>Instances of up to <paramref name="maxMentees"/> mentees and <paramref name="maxMentors"/> mentors.</summary>
    public static Gen<SmallMatchingInstance> Generator(int maxMentees = 6, int maxMentors = 3, int maxCapacity = 3) =>
        from seed in Gen.Choose(0, int.MaxValue - 1)
        from mentees in Gen.Choose(1, maxMentees)
        from mentors in Gen.Choose(1, maxMentors)
        from steps in Gen.Elements(2, 4, 1000)
        select Create(seed, mentees, mentors, maxCapacity, steps);

    /// <summary>Fills in an instance from a seed: same arguments, same instance.</summary>
    public static SmallMatchingInstance Create(int seed, int mentees, int mentors, int maxCapacity, int scoreSteps)
    {
        var random = new Random(seed);
        var capacities = Enumerable.Range(0, mentors).Select(_ => random.Next(maxCapacity + 1)).ToArray();
        var scores = Enumerable.Range(0, mentees).Select(_ => Enumerable.Range(0, mentors).Select(_ => random.Next(scoreSteps + 1)).ToArray()).ToArray();
        var managers = Enumerable.Range(0, mentees).Select(_ => random.Next(6) == 0 ? random.Next(mentors) : -1).ToArray();
        var exclusions = new List<(int, int)>();
        var pins = new List<(int, int)>();
        for (var e = 0; e < mentees; e++)
        {
            for (var m = 0; m < mentors; m++)
            {
                if (random.Next(7) == 0)
                {
                    exclusions.Add((e, m));
                }
            }

            if (random.Next(8) == 0)
            {
                pins.Add((e, random.Next(mentors)));
            }
        }

        return new SmallMatchingInstance(seed, capacities, scores, scoreSteps, managers, [.. exclusions], [.. pins]);
    }

    /// <summary>The request, with enrolments added in an order shuffled by <paramref name="shuffleSeed"/> when given.</summary>
    public MatchingRequest ToRequest(int? shuffleSeed = null)
    {
        var programme = Programme.Builder("p1", "Graduates").Build();
        var scores = Scores;
        var steps = (double)ScoreSteps;
        var criterion = new AttributeCriterion("idx", (mentor, mentee) => scores[Parse(mentee)][Parse(mentor)] / steps, "table");
        var enrolments = new List<Enrolment>();
        for (var m = 0; m < MentorCount; m++)
        {
            enrolments.Add(Enrolment.AsMentor(Participant.Builder(MentorId(m)).WithAttribute("idx", Format(m)).Build(), Capacities[m]));
        }

        for (var e = 0; e < MenteeCount; e++)
        {
            var person = Participant.Builder(MenteeId(e)).WithAttribute("idx", Format(e)).ReportingTo(ManagerOf[e] >= 0 ? MentorId(ManagerOf[e]) : null).Build();
            enrolments.Add(Enrolment.AsMentee(person));
        }

        if (shuffleSeed is { } s)
        {
            var random = new Random(s);
            enrolments = [.. enrolments.OrderBy(_ => random.Next())];
        }

        var builder = MatchingRequest.For(programme).Add(enrolments).WithCriteria(new WeightedCriterion(criterion, 1));
        foreach (var (mentee, mentor) in Exclusions)
        {
            builder.Exclude(MenteeId(mentee), MentorId(mentor));
        }

        foreach (var (mentee, mentor) in Pins)
        {
            builder.Pin(MenteeId(mentee), MentorId(mentor));
        }

        return builder.Build();
    }

    /// <summary>
    /// The greatest objective over every way of placing the free mentees, found by trying them all: fixed placements
    /// count as they are; each free mentee goes to one of its candidate teams with a seat left, or nowhere.
    /// </summary>
    public static long BruteForceOptimum(MatchingProblem problem)
    {
        long fixedValue = 0;
        for (var m = 0; m < problem.Mentees.Count; m++)
        {
            if (problem.FixedTeamOf(m) >= 0)
            {
                fixedValue += problem.PairValue(m, problem.FixedTeamOf(m));
            }
        }

        var empty = problem.CreateAssignment();
        var seats = Enumerable.Range(0, problem.Teams.Count).Select(empty.FreeSeats).ToArray();
        return fixedValue + Best(problem, 0, seats);
    }

    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture,
            $"seed {Seed}: capacities [{string.Join(",", Capacities)}], scores/{ScoreSteps} [{string.Join(" ", Scores.Select(r => string.Join(",", r)))}], managers [{string.Join(",", ManagerOf)}], exclusions [{string.Join(" ", Exclusions)}], pins [{string.Join(" ", Pins)}]");

    private static long Best(MatchingProblem problem, int mentee, int[] seats)
    {
        if (mentee == problem.Mentees.Count)
        {
            return 0;
        }

        var best = Best(problem, mentee + 1, seats);
        foreach (var c in problem.Candidates(mentee))
        {
            if (seats[c.Team] > 0)
            {
                seats[c.Team]--;
                best = Math.Max(best, problem.PairValue(mentee, c.Team) + Best(problem, mentee + 1, seats));
                seats[c.Team]++;
            }
        }

        return best;
    }

    private static string MentorId(int index) => "m" + Format(index);

    private static string MenteeId(int index) => "e" + Format(index);

    private static string Format(int index) => index.ToString(CultureInfo.InvariantCulture);

    private static int Parse(string value) => int.Parse(value, CultureInfo.InvariantCulture);
}

/// <summary>Arbitraries for the strategy properties.</summary>
public static class SmallMatchingArbitraries
{
    public static Arbitrary<SmallMatchingInstance> Instances() => SmallMatchingInstance.Generator().ToArbitrary();
}
