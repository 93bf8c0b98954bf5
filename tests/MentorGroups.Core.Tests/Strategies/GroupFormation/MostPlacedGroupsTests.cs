using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using MentorGroups.Strategies.GroupFormation;

namespace MentorGroups.Tests.Strategies.GroupFormation;

public sealed class MostPlacedGroupsTests
{
    private static readonly Func<bool> Never = () => false;

    [Fact]
    public void Find_TwoMenteesOnlyOneTeamTakes_OpensBothTeams()
    {
        // Bit t: the mentee may join team t. Mentees 0 and 1 only join team 1, mentee 4 only team 0, 2 and 3 either.
        int[] allowed = [0b10, 0b10, 0b11, 0b11, 0b01];

        var target = MostPlacedGroups.Find(allowed, seats: [3, 3], minimum: 2, placed: 3, Never);

        Assert.NotNull(target);
        Assert.All(target, t => Assert.True(t >= 0));
        Assert.Equal(1, target[0]);
        Assert.Equal(1, target[1]);
        Assert.Equal(0, target[4]);
        Assert.All(new[] { 0, 1 }, t => Assert.InRange(target.Count(x => x == t), 2, 3));
    }

    [Fact]
    public void Find_NothingPlacesMore_ReturnsNull()
    {
        int[] allowed = [0b1, 0b1, 0b1];

        Assert.Null(MostPlacedGroups.Find(allowed, seats: [3], minimum: 2, placed: 3, Never));
    }

    [Fact]
    public void Find_TooFewForTheMinimum_ReturnsNull()
    {
        int[] allowed = [0b01, 0b10];

        Assert.Null(MostPlacedGroups.Find(allowed, seats: [4, 4], minimum: 2, placed: 0, Never));
    }

    [Fact]
    public void Find_TimeUp_ReturnsNull()
    {
        int[] allowed = [0b1, 0b1];

        Assert.Null(MostPlacedGroups.Find(allowed, seats: [2], minimum: 2, placed: 0, () => true));
    }

    [Fact]
    public void Find_MoreTeamsThanItEnumerates_ReturnsNull()
    {
        var seats = Enumerable.Repeat(2, MostPlacedGroups.MaxTeams + 1).ToArray();

        Assert.Null(MostPlacedGroups.Find([1, 1], seats, minimum: 1, placed: 0, Never));
    }

    /// <summary>
    /// Against every assignment of up to 6 mentees to up to 4 teams: the flow places as many as the best assignment where
    /// every used team holds between the minimum and its seats, and its answer is such an assignment.
    /// </summary>
    [Property(MaxTest = 500)]
    public Property Find_SmallInstance_PlacesAsManyAsTheBestAssignment(PositiveInt seed)
    {
        var random = new Random(seed.Get);
        var teams = random.Next(1, 5);
        var allowed = Enumerable.Range(0, random.Next(1, 7)).Select(_ => random.Next(1 << teams)).ToArray();
        var seats = Enumerable.Range(0, teams).Select(_ => random.Next(0, 5)).ToArray();
        var minimum = random.Next(1, 4);

        var best = Best(allowed, seats, minimum, new int[allowed.Length], 0);
        var target = MostPlacedGroups.Find(allowed, seats, minimum, placed: 0, Never);
        var placed = target?.Count(t => t >= 0) ?? 0;
        var valid = target is null || (target.Select((t, m) => t < 0 || (allowed[m] & (1 << t)) != 0).All(ok => ok) && Fits(target, seats, minimum));

        return (placed == Math.Max(0, best)).Label($"placed {placed}, best {best}, allowed [{string.Join(",", allowed)}], seats [{string.Join(",", seats)}], minimum {minimum}")
            .And(valid.Label("the answer breaks a team's seats, minimum or a mentee's teams"));
    }

    private static int Best(int[] allowed, int[] seats, int minimum, int[] teamOf, int mentee)
    {
        if (mentee == allowed.Length)
        {
            return Fits(teamOf.Select(t => t - 1).ToArray(), seats, minimum) ? teamOf.Count(t => t > 0) : int.MinValue;
        }

        var best = int.MinValue;
        for (var t = 0; t <= seats.Length; t++)
        {
            // 0 is "no team"; t > 0 is team t - 1.
            if (t == 0 || (allowed[mentee] & (1 << (t - 1))) != 0)
            {
                teamOf[mentee] = t;
                best = Math.Max(best, Best(allowed, seats, minimum, teamOf, mentee + 1));
            }
        }

        teamOf[mentee] = 0;
        return best;
    }

    private static bool Fits(int[] teamOf, int[] seats, int minimum) =>
        Enumerable.Range(0, seats.Length).Select(t => teamOf.Count(x => x == t)).Select((size, t) => size == 0 || (size >= minimum && size <= seats[t])).All(ok => ok);
}
