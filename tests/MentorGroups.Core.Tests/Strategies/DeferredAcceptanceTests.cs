using MentorGroups.Strategies.Stable;

namespace MentorGroups.Tests.Strategies;

/// <summary>The deferred acceptance core on seeded synthetic lists, larger than a compiled problem in a unit test allows.</summary>
public sealed class DeferredAcceptanceTests
{
    /// <summary>
    /// Each mentee ranks <paramref name="listLength"/> distinct random teams; each team ranks mentees by a random key
    /// (ties broken by mentee index, as derived preferences do); capacities 1 to 5.
    /// </summary>
    internal static (PreferenceModel Model, int[] Capacity) Synthetic(int mentees, int teams, int listLength, int seed)
    {
        var random = new Random(seed);
        var offsets = new int[mentees + 1];
        var teamOf = new int[mentees * listLength];
        var keys = new long[mentees * listLength];
        var chosen = new HashSet<int>();
        for (var m = 0; m < mentees; m++)
        {
            chosen.Clear();
            for (var i = 0; i < listLength; i++)
            {
                int team;
                do
                {
                    team = random.Next(teams);
                }
                while (!chosen.Add(team));

                teamOf[(m * listLength) + i] = team;
                keys[(m * listLength) + i] = ((long)random.Next(1000) << 32) | (uint)m;
            }

            offsets[m + 1] = offsets[m] + listLength;
        }

        var capacity = new int[teams];
        for (var t = 0; t < teams; t++)
        {
            capacity[t] = random.Next(1, 6);
        }

        return (PreferenceModel.FromLists(teams, offsets, teamOf, keys), capacity);
    }

    [Theory]
    [InlineData(5_000, 500, 8, 1)]
    [InlineData(5_000, 2_000, 3, 2)]
    [InlineData(2_000, 100, 30, 3)]
    public void BothProposers_SyntheticLists_AreStableWithinCapacityAndFavourTheProposers(int mentees, int teams, int listLength, int seed)
    {
        var ct = TestContext.Current.CancellationToken;
        var (model, capacity) = Synthetic(mentees, teams, listLength, seed);

        var byMentees = DeferredAcceptance.MenteeProposing(model, capacity, ct);
        var byMentors = DeferredAcceptance.MentorProposing(model, capacity, ct);

        Assert.Equal(0, DeferredAcceptance.CountBlockingPairs(model, capacity, byMentees, ct));
        Assert.Equal(0, DeferredAcceptance.CountBlockingPairs(model, capacity, byMentors, ct));
        foreach (var outcome in new[] { byMentees, byMentors })
        {
            var load = new int[teams];
            foreach (var team in outcome.TeamOf.Where(t => t >= 0))
            {
                load[team]++;
            }

            Assert.All(Enumerable.Range(0, teams), t => Assert.True(load[t] <= capacity[t]));
            Assert.InRange(outcome.Proposals, 1, (long)mentees * listLength);
        }

        for (var m = 0; m < mentees; m++)
        {
            // The same mentees are placed either way; none does better when mentors propose.
            Assert.Equal(byMentees.TeamOf[m] >= 0, byMentors.TeamOf[m] >= 0);
            Assert.True(byMentees.Position[m] <= byMentors.Position[m]);
        }
    }

    [Fact]
    public void BothProposers_CancelledToken_Throw()
    {
        // Mentee-proposing looks at the token every few thousand proposals; this instance makes far more.
        var (model, capacity) = Synthetic(20_000, 200, 20, 4);
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.Throws<OperationCanceledException>(() => DeferredAcceptance.MenteeProposing(model, capacity, cancelled.Token));
        Assert.Throws<OperationCanceledException>(() => DeferredAcceptance.MentorProposing(model, capacity, cancelled.Token));
    }
}
