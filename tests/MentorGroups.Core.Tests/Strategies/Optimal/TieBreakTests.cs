using MentorGroups.Strategies.Optimal;

namespace MentorGroups.Tests.Strategies.Optimal;

/// <summary>
/// The tie-break that turns pair values into solver costs: a value always outweighs any sum of ties, the value is
/// recovered from a cost, and the ties are the fixed hash the documentation promises (so that the chosen optimum among
/// equal ones stays the same from one version to the next unless the hash is changed on purpose).
/// </summary>
public sealed class TieBreakTests
{
    private const long ScaleCeiling = 1L << 36;

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(1_000)]
    [InlineData(100_000)]
    public void Scale_IsTheMenteeCountTimesTheRange_AndAtMostTheCeiling(int mentees)
    {
        var tie = new TieBreak(mentees);

        Assert.Equal(ScaleCeiling / mentees * mentees, tie.Scale);
        Assert.InRange(tie.Scale, ScaleCeiling - mentees + 1, ScaleCeiling);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-7)]
    public void Scale_NoMentees_CountsAsOne(int mentees) => Assert.Equal(ScaleCeiling, new TieBreak(mentees).Scale);

    [Fact]
    public void Cost_AnyPair_AddsATieBelowTheRangeToTheScaledValue()
    {
        // With one mentee per tie range a cost holds its value exactly above every tie: the sum of the ties of a whole
        // placement stays below one unit of value.
        const int mentees = 37;
        var tie = new TieBreak(mentees);
        var range = tie.Scale / mentees;
        for (var m = 0; m < mentees; m++)
        {
            for (var t = 0; t < 50; t++)
            {
                foreach (var value in (int[])[1, 2, 1_000_002, TieBreak.MaxValue])
                {
                    var cost = tie.Cost(m, t, value);
                    Assert.InRange(cost - (value * tie.Scale), 0, range - 1);
                    Assert.Equal(value, tie.ValueOf(cost));
                    Assert.True(cost <= tie.CostCeiling(value), $"cost {cost} above the ceiling of value {value}");
                    Assert.True(tie.CostCeiling(value) < tie.Cost(m, t, value + 1));
                }
            }
        }
    }

    [Fact]
    public void CostCeiling_IsTheScaledValuePlusTheLargestTie()
    {
        var tie = new TieBreak(1_000);

        Assert.Equal((5 * tie.Scale) + (tie.Scale / 1_000) - 1, tie.CostCeiling(5));
    }

    [Fact]
    public void Cost_LargestValueOfTheLargestProblem_StaysBelowTwoToTheSixty()
    {
        var tie = new TieBreak(int.MaxValue);

        Assert.True(tie.CostCeiling(TieBreak.MaxValue) < 1L << 60);
        Assert.True(new TieBreak(1).CostCeiling(TieBreak.MaxValue) < 1L << 61);
    }

    [Fact]
    public void Cost_FixedPairs_AreTheDocumentedHash()
    {
        // SplitMix64's finaliser of (mentee << 32 | team), modulo the range: the reference below is written out from
        // the published definition, with the constants in decimal, so a changed constant or step in the code shows.
        var tie = new TieBreak(1);

        Assert.Equal(Reference(0, 0) % (ulong)ScaleCeiling, (ulong)tie.Cost(0, 0, 0));
        Assert.Equal(Reference(1, 2) % (ulong)ScaleCeiling, (ulong)tie.Cost(1, 2, 0));
        Assert.Equal(Reference(2, 1) % (ulong)ScaleCeiling, (ulong)tie.Cost(2, 1, 0));
        Assert.Equal(Reference(99_999, 19_999) % (ulong)ScaleCeiling, (ulong)tie.Cost(99_999, 19_999, 0));
        var of1000 = new TieBreak(1_000);
        Assert.Equal((long)(Reference(12_345, 678) % (ulong)(ScaleCeiling / 1_000)), of1000.Cost(12_345, 678, 3) - (3 * of1000.Scale));
    }

    [Fact]
    public void Cost_SwappedIndexesOrNeighbours_GiveDifferentTies()
    {
        var tie = new TieBreak(1);
        var seen = new HashSet<long>();
        for (var m = 0; m < 100; m++)
        {
            for (var t = 0; t < 100; t++)
            {
                Assert.True(seen.Add(tie.Cost(m, t, 0)), $"the tie of ({m}, {t}) repeats an earlier one");
            }
        }

        // Spread over the whole range, not bunched at one end: the mean of 10,000 uniform draws is within 2 % of half.
        var mean = seen.Average(x => (double)x) / ScaleCeiling;
        Assert.InRange(mean, 0.48, 0.52);
    }

    /// <summary>SplitMix64's output function (Steele, Lea and Flood), written out from its definition.</summary>
    private static ulong Reference(uint mentee, uint team)
    {
        var z = ((ulong)mentee << 32) | team;
        z = (z ^ (z >> 30)) * 13_787_848_793_156_543_929UL;
        z = (z ^ (z >> 27)) * 10_723_151_780_598_845_931UL;
        return z ^ (z >> 31);
    }
}
