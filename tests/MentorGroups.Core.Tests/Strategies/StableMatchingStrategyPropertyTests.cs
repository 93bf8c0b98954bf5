using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using MentorGroups.Matching;
using MentorGroups.Engine;
using MentorGroups.Participants;
using MentorGroups.Programmes;
using MentorGroups.Strategies.Stable;

namespace MentorGroups.Tests.Strategies;

/// <summary>
/// A small random programme for stable matching: mentees e0.., one lead mentor per team r0.. with a capacity, optional
/// ranked lists (null = no list, so that person's preferences come from scores), mentee–mentor exclusions and pins.
/// </summary>
public sealed record StableInstance(
    int[] Capacities,
    string[][] Goals,
    string[][] Expertise,
    int[]?[] MenteeLists,
    int[]?[] MentorLists,
    (int Mentee, int Mentor)[] Exclusions,
    (int Mentee, int Mentor)[] Pins,
    bool ExplicitLists)
{
    public int MenteeCount => Goals.Length;

    public int MentorCount => Capacities.Length;

    public static string MenteeId(int i) => $"e{i}";

    public static string MentorId(int i) => $"r{i}";

    public bool IsExcluded(int mentee, int mentor) => Exclusions.Contains((mentee, mentor));

    public bool IsPinned(int mentee) => Pins.Any(p => p.Mentee == mentee);

    public MatchingRequest ToRequest()
    {
        var builder = MatchingRequest.For(Programme.Builder("p", "Stable").Build());
        for (var t = 0; t < MentorCount; t++)
        {
            builder.AddMentor(Participant.Builder(MentorId(t)).WithExpertise(Expertise[t]).Build(), Capacities[t]);
        }

        for (var m = 0; m < MenteeCount; m++)
        {
            builder.AddMentee(Participant.Builder(MenteeId(m)).WithLearningGoals(Goals[m]).Build());
        }

        foreach (var (mentee, mentor) in Exclusions)
        {
            builder.Exclude(MenteeId(mentee), MentorId(mentor));
        }

        foreach (var (mentee, mentor) in Pins)
        {
            builder.Pin(MenteeId(mentee), MentorId(mentor));
        }

        if (ExplicitLists)
        {
            builder.WithPreferences(new PreferenceLists(Lists(MenteeLists, MenteeId, MentorId), Lists(MentorLists, MentorId, MenteeId)));
        }

        return builder.Build();
    }

    public override string ToString() =>
        $"capacities [{string.Join(",", Capacities)}], mentees {MenteeCount}, explicit {ExplicitLists}, "
        + $"mentee lists [{Show(MenteeLists)}], mentor lists [{Show(MentorLists)}], "
        + $"goals [{string.Join(" | ", Goals.Select(g => string.Join(",", g)))}], expertise [{string.Join(" | ", Expertise.Select(g => string.Join(",", g)))}], "
        + $"exclusions [{string.Join(",", Exclusions)}], pins [{string.Join(",", Pins)}]";

    private static string Show(int[]?[] lists) => string.Join(" | ", lists.Select(l => l is null ? "-" : string.Join(",", l)));

    private static Dictionary<ParticipantId, IReadOnlyList<ParticipantId>> Lists(int[]?[] lists, Func<int, string> owner, Func<int, string> other)
    {
        var result = new Dictionary<ParticipantId, IReadOnlyList<ParticipantId>>();
        for (var i = 0; i < lists.Length; i++)
        {
            if (lists[i] is { } list)
            {
                result[owner(i)] = [.. list.Select(o => new ParticipantId(other(o)))];
            }
        }

        return result;
    }
}

public static class StableInstanceArbitraries
{
    private static readonly string[] Tags = ["coaching", "finance", "leadership"];

    /// <summary>Instances with explicit lists (some people without a list) or with every preference from scores.</summary>
    public static Arbitrary<StableInstance> Instances() =>
        (from mentees in Gen.Choose(0, 9)
         from mentors in Gen.Choose(1, 4)
         from capacities in Gen.ArrayOf(Gen.Choose(1, 2), mentors)
         from goals in Gen.ArrayOf(TagsGen(), mentees)
         from expertise in Gen.ArrayOf(TagsGen(), mentors)
         from explicitLists in Gen.Frequency((3, Gen.Constant(true)), (2, Gen.Constant(false)))
         from menteeLists in Gen.ArrayOf(ListGen(mentors), mentees)
         from mentorLists in Gen.ArrayOf(ListGen(mentees), mentors)
         from exclusions in PairsGen(mentees, mentors)
         from pins in PairsGen(mentees, mentors)
         select new StableInstance(
             capacities, goals, expertise, menteeLists, mentorLists,
             [.. exclusions.Distinct()], [.. pins.DistinctBy(p => p.Mentee)], explicitLists)).ToArbitrary();

    /// <summary>
    /// One-to-one instances where everyone ranks everyone on the other side: competing rankings often allow several
    /// stable matchings, which is where the mentee- and mentor-proposing results differ.
    /// </summary>
    public static Arbitrary<StableInstance> Marriages() =>
        (from size in Gen.Choose(2, 6)
         from menteeLists in Gen.ArrayOf(Gen.Shuffle(Enumerable.Range(0, size)).Select(l => (int[]?)l), size)
         from mentorLists in Gen.ArrayOf(Gen.Shuffle(Enumerable.Range(0, size)).Select(l => (int[]?)l), size)
         select new StableInstance(
             [.. Enumerable.Repeat(1, size)], [.. Enumerable.Repeat(Array.Empty<string>(), size)], [.. Enumerable.Repeat(Array.Empty<string>(), size)],
             menteeLists, mentorLists, [], [], ExplicitLists: true)).ToArbitrary();

    private static Gen<string[]> TagsGen() => Gen.SubListOf(Tags).Select(t => t.ToArray());

    // A ranking of everyone on the other side (where competing preferences give several stable matchings), of some of
    // them, or no list at all.
    private static Gen<int[]?> ListGen(int others) =>
        Gen.Frequency(
            (1, Gen.Constant<int[]?>(null)),
            (3, Gen.Shuffle(Enumerable.Range(0, others)).Select(l => (int[]?)l)),
            (2, Gen.SubListOf(Enumerable.Range(0, others)).SelectMany(Gen.Shuffle).Select(l => (int[]?)l)));

    private static Gen<(int Mentee, int Mentor)[]> PairsGen(int mentees, int mentors) =>
        mentees == 0
            ? Gen.Constant(Array.Empty<(int, int)>())
            : Gen.Choose(0, 2).SelectMany(count => Gen.ArrayOf(Gen.Zip(Gen.Choose(0, mentees - 1), Gen.Choose(0, mentors - 1)).Select(p => (p.Item1, p.Item2)), count));
}

/// <summary>
/// Stability, checked against an oracle written from the definition (not from the strategy's code): for every free
/// mentee and every team both find acceptable, the mentee does not prefer the team to their own group while the team has
/// room or holds a free mentee it ranks lower.
/// </summary>
[Properties(Arbitrary = [typeof(StableInstanceArbitraries)])]
public sealed class StableMatchingStrategyPropertyTests
{
    private static readonly IMatchingStrategy MenteeProposing = new StableMatchingStrategyOptions().CreateStrategy();

    private static readonly IMatchingStrategy MentorProposing =
        new StableMatchingStrategyOptions { Proposer = StableMatchingProposer.Mentors }.CreateStrategy();

    [Property]
    public Property Match_RandomInstance_HasNoBlockingPair(StableInstance instance)
    {
        var request = instance.ToRequest();
        var oracle = new Oracle(instance, MatchingProblem.Compile(request));
        var byMentees = oracle.TeamsOf(MenteeProposing.Match(request));
        var byMentors = oracle.TeamsOf(MentorProposing.Match(request));

        return (oracle.FirstBlockingPair(byMentees) is null).Label($"mentee-proposing has a blocking pair {oracle.FirstBlockingPair(byMentees)}")
            .And((oracle.FirstBlockingPair(byMentors) is null).Label($"mentor-proposing has a blocking pair {oracle.FirstBlockingPair(byMentors)}"))
            .Classify(instance.ExplicitLists, "explicit lists")
            .Classify(instance.Pins.Length > 0, "with pins")
            .Classify(byMentees.Any(t => t < 0), "someone unmatched");
    }

    [Property]
    public Property Match_RandomInstance_PlacesEachMenteeOnceWithinCapacity(StableInstance instance)
    {
        var request = instance.ToRequest();
        var checks = new List<Property>();
        foreach (var strategy in new[] { MenteeProposing, MentorProposing })
        {
            var result = strategy.Match(request);
            var placed = result.Groups.SelectMany(g => g.Mentees).ToArray();
            var accounted = placed.Concat(result.Unmatched.Select(u => u.Mentee)).Order().Select(id => id.Value);
            checks.Add((placed.Distinct().Count() == placed.Length).Label($"{strategy.Name}: a mentee is in two groups"));
            checks.Add(accounted.SequenceEqual(Enumerable.Range(0, instance.MenteeCount).Select(StableInstance.MenteeId).Order(StringComparer.Ordinal))
                .Label($"{strategy.Name}: mentees placed plus unmatched are not everyone exactly once"));
            checks.Add(result.Groups.All(g => g.Mentees.Count <= instance.Capacities[int.Parse(g.LeadMentor!.Value.Value[1..], System.Globalization.CultureInfo.InvariantCulture)])
                .Label($"{strategy.Name}: a group is over its mentor's capacity"));
            checks.Add((result.Metrics["stable"] == 1).Label($"{strategy.Name}: reports itself unstable"));
        }

        return checks.Aggregate((a, b) => a.And(b));
    }

    [Property]
    public Property Match_RandomInstance_EachSideGetsItsBestStableMatching(StableInstance instance) => EachSideGetsItsBest(instance);

    [Property]
    public Property Match_RandomMarriage_EachSideGetsItsBestStableMatching() =>
        Prop.ForAll(StableInstanceArbitraries.Marriages(), EachSideGetsItsBest);

    private static Property EachSideGetsItsBest(StableInstance instance)
    {
        var request = instance.ToRequest();
        var oracle = new Oracle(instance, MatchingProblem.Compile(request));
        var byMentees = oracle.TeamsOf(MenteeProposing.Match(request));
        var byMentors = oracle.TeamsOf(MentorProposing.Match(request));

        // Every stable matching places the same mentees; each mentee does at least as well when mentees propose.
        var samePeople = Enumerable.Range(0, instance.MenteeCount).All(m => byMentees[m] >= 0 == byMentors[m] >= 0);
        var menteesNoWorse = Enumerable.Range(0, instance.MenteeCount)
            .All(m => byMentees[m] == byMentors[m] || instance.IsPinned(m) || oracle.MenteePrefers(m, byMentees[m], byMentors[m]));
        return samePeople.Label("the two variants place different mentees")
            .And(menteesNoWorse.Label("a mentee does better when mentors propose"))
            .Classify(!byMentees.SequenceEqual(byMentors), "the variants differ");
    }

    private sealed class Oracle(StableInstance instance, MatchingProblem problem)
    {
        private const long NotAcceptable = long.MaxValue;

        public int[] TeamsOf(MatchingResult result)
        {
            var teams = new int[instance.MenteeCount];
            Array.Fill(teams, -1);
            foreach (var group in result.Groups)
            {
                var mentor = int.Parse(group.LeadMentor!.Value.Value[1..], System.Globalization.CultureInfo.InvariantCulture);
                foreach (var mentee in group.Mentees)
                {
                    teams[int.Parse(mentee.Value[1..], System.Globalization.CultureInfo.InvariantCulture)] = mentor;
                }
            }

            return teams;
        }

        public (int Mentee, int Mentor)? FirstBlockingPair(int[] teams)
        {
            for (var m = 0; m < instance.MenteeCount; m++)
            {
                if (instance.IsPinned(m))
                {
                    continue;
                }

                for (var t = 0; t < instance.MentorCount; t++)
                {
                    if (teams[m] == t || !MenteePrefers(m, t, teams[m]) || TeamRank(t, m) == NotAcceptable)
                    {
                        continue;
                    }

                    var members = Enumerable.Range(0, instance.MenteeCount).Where(k => teams[k] == t).ToArray();
                    if (members.Length < instance.Capacities[t] || members.Any(k => !instance.IsPinned(k) && TeamRank(t, k) > TeamRank(t, m)))
                    {
                        return (m, t);
                    }
                }
            }

            return null;
        }

        /// <summary>Whether the mentee finds team <paramref name="a"/> acceptable and better than <paramref name="b"/> (-1: no group).</summary>
        public bool MenteePrefers(int m, int a, int b)
        {
            var rankA = a < 0 ? NotAcceptable : MenteeRank(m, a);
            var rankB = b < 0 ? NotAcceptable : MenteeRank(m, b);
            return rankA != NotAcceptable && rankA < rankB;
        }

        // A mentee with a list ranks by it; without one, by the pair's value, best first, then the lower team index.
        private long MenteeRank(int m, int t)
        {
            if (instance.IsExcluded(m, t))
            {
                return NotAcceptable;
            }

            if (instance.ExplicitLists && instance.MenteeLists[m] is { } list)
            {
                var i = Array.IndexOf(list, t);
                return i < 0 ? NotAcceptable : i;
            }

            return ((long)(MatchingProblem.ScoreResolution + 1 - problem.PairValue(m, t)) * 100) + t;
        }

        // A team with a list ranks by it; without one, by the pair's value, best first, then the lower mentee index.
        private long TeamRank(int t, int m)
        {
            if (instance.IsExcluded(m, t))
            {
                return NotAcceptable;
            }

            if (instance.ExplicitLists && instance.MentorLists[t] is { } list)
            {
                var i = Array.IndexOf(list, m);
                return i < 0 ? NotAcceptable : i;
            }

            return ((long)(MatchingProblem.ScoreResolution + 1 - problem.PairValue(m, t)) * 100) + m;
        }
    }
}
