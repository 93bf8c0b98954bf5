using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using MentorGroups.Enrolments;
using MentorGroups.Matching;
using MentorGroups.Participants;
using MentorGroups.Policies;
using MentorGroups.Programmes;

namespace MentorGroups.Tests.Strategies.GroupFormation;

/// <summary>
/// A tiny programme under a hard minimum, small enough to find by trying everything how many mentees can be placed:
/// mentors m0.. (lead mentors, the last one a co-mentor when <see cref="WithCoMentor"/>), capacities, mentees e0.. and
/// which mentors each mentee may not have.
/// </summary>
public sealed record SmallFormationInstance(int Minimum, int[] Capacities, bool WithCoMentor, bool[][] Excluded)
{
    private const int MenteesPerMentor = 5;
    private const int MaxGroup = 10;

    public int MentorCount => Capacities.Length;

    public int MenteeCount => Excluded.Length;

    public static Gen<SmallFormationInstance> Generator() =>
        from minimum in Gen.Choose(2, 4)
        from mentors in Gen.Choose(2, 4)
        from capacities in Gen.ArrayOf(Gen.Choose(0, 5), mentors)
        from coMentor in Gen.Elements(false, true)
        from mentees in Gen.Choose(2, 8)
        from excluded in Gen.ArrayOf(Gen.ArrayOf(Gen.Frequency((3, Gen.Constant(false)), (1, Gen.Constant(true))), mentors), mentees)
        select new SmallFormationInstance(minimum, capacities, coMentor, excluded);

    public bool IsLead(int mentor) => !(WithCoMentor && mentor == MentorCount - 1);

    public MatchingRequest ToRequest()
    {
        var policy = GroupSizePolicy.Create(
            SizeLimit.Hard(1, "a mentor"), SizeLimit.Hard(2, "two at most"), SizeLimit.Hard(Minimum, "test"),
            SizeLimit.Hard(MaxGroup, "ten at most"), SizeLimit.Hard(MenteesPerMentor, "five each"));
        var builder = MatchingRequest.For(Programme.Builder("p", "Tiny").WithSizePolicy(policy).Build());
        for (var m = 0; m < MentorCount; m++)
        {
            var person = Participant.Builder(MentorId(m)).Build();
            builder.Add(IsLead(m) ? Enrolment.AsMentor(person, Capacities[m]) : Enrolment.AsCoMentor(person, Capacities[m]));
        }

        for (var e = 0; e < MenteeCount; e++)
        {
            builder.Add(Enrolment.AsMentee(Participant.Builder(MenteeId(e)).Build()));
            for (var m = 0; m < MentorCount; m++)
            {
                if (Excluded[e][m])
                {
                    builder.Exclude(MenteeId(e), MentorId(m));
                }
            }
        }

        return builder.Build();
    }

    /// <summary>
    /// The most mentees any grouping places: over every way to form teams (a lead alone, two mentors with at least one
    /// lead, or out) and every placement where each team holds nobody or between the minimum and its seats, a mentee
    /// joining a team only when allowed with each of its mentors.
    /// </summary>
    public int MostPlaceable()
    {
        var best = 0;
        foreach (var teams in Plans(0, new bool[MentorCount], []))
        {
            var seats = teams.Select(t => Math.Min(t.Sum(m => Math.Min(Capacities[m], MenteesPerMentor)), Math.Min(MaxGroup, MenteesPerMentor * t.Length))).ToArray();
            var allowed = teams.Select(t => Enumerable.Range(0, MenteeCount).Select(e => t.All(m => !Excluded[e][m])).ToArray()).ToArray();
            best = Math.Max(best, Place(0, new int[teams.Count], seats, allowed));
        }

        return best;
    }

    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture,
            $"hard minimum {Minimum}, capacities [{string.Join(",", Capacities)}]{(WithCoMentor ? " (last is a co-mentor)" : "")}, exclusions [{string.Join(" ", Excluded.Select(r => string.Concat(r.Select(x => x ? 'x' : '.'))))}]");

    private IEnumerable<List<int[]>> Plans(int from, bool[] taken, List<int[]> teams)
    {
        while (from < MentorCount && taken[from])
        {
            from++;
        }

        if (from == MentorCount)
        {
            yield return [.. teams];
            yield break;
        }

        taken[from] = true;
        foreach (var plan in Plans(from + 1, taken, teams))
        {
            yield return plan;
        }

        if (IsLead(from))
        {
            teams.Add([from]);
            foreach (var plan in Plans(from + 1, taken, teams))
            {
                yield return plan;
            }

            teams.RemoveAt(teams.Count - 1);
        }

        for (var other = from + 1; other < MentorCount; other++)
        {
            if (taken[other] || !(IsLead(from) || IsLead(other)))
            {
                continue;
            }

            taken[other] = true;
            teams.Add([from, other]);
            foreach (var plan in Plans(from + 1, taken, teams))
            {
                yield return plan;
            }

            teams.RemoveAt(teams.Count - 1);
            taken[other] = false;
        }

        taken[from] = false;
    }

    private int Place(int mentee, int[] sizes, int[] seats, bool[][] allowed)
    {
        if (mentee == MenteeCount)
        {
            return sizes.All(s => s == 0 || s >= Minimum) ? sizes.Sum() : int.MinValue;
        }

        var best = Place(mentee + 1, sizes, seats, allowed);
        for (var t = 0; t < sizes.Length; t++)
        {
            if (allowed[t][mentee] && sizes[t] < seats[t])
            {
                sizes[t]++;
                best = Math.Max(best, Place(mentee + 1, sizes, seats, allowed));
                sizes[t]--;
            }
        }

        return best;
    }

    private static string MentorId(int index) => "m" + index.ToString(CultureInfo.InvariantCulture);

    private static string MenteeId(int index) => "e" + index.ToString(CultureInfo.InvariantCulture);
}

public static class SmallFormationArbitraries
{
    public static Arbitrary<SmallFormationInstance> Instances() => SmallFormationInstance.Generator().ToArbitrary();
}
