using MentorGroups.Strategies.Optimal;

namespace MentorGroups.Tests.Strategies.Optimal;

/// <summary>
/// The order of a mentee's shortlist of teams. The tie-break costs make two teams equally profitable only rarely, so
/// the solver's results seldom depend on the rank that orders them; these tests pin it directly, as
/// <see cref="TieBreakTests"/> pins the tie-break, so that a changed rank or order cannot pass unnoticed.
/// </summary>
public sealed class ShortlistOrderTests
{
    private static uint TieRank(int mentee, int team) => CapacitatedAssignmentSolver<CompressedCandidateGraph>.TieRank(mentee, team);

    private static bool Before(long profit, uint rank, int team, long otherProfit, uint otherRank, int otherTeam) =>
        CapacitatedAssignmentSolver<CompressedCandidateGraph>.Before(profit, rank, team, otherProfit, otherRank, otherTeam);

    [Theory]
    [InlineData(0, 0, 0u)]
    [InlineData(1, 0, 3_356_328_931u)]
    [InlineData(0, 1, 4_131_033_727u)]
    [InlineData(1, 1, 1_498_594_145u)]
    [InlineData(7, 3, 3_997_496_621u)]
    [InlineData(3, 7, 2_443_484_935u)]
    [InlineData(123, 456, 4_166_248_394u)]
    [InlineData(100_000, 19_999, 1_450_218_230u)]
    public void TieRank_IsTheFixedScrambleOfMenteeAndTeam(int mentee, int team, uint expected)
    {
        // Worked out from the definition: (mentee × 0x9E3779B1) xor (team × 0x85EBCA77), then h ^= h >> 15,
        // h ×= 0x2C1B3C6D, h ^= h >> 12, all modulo 2^32.
        Assert.Equal(expected, TieRank(mentee, team));
    }

    [Fact]
    public void TieRank_SpreadsOneMenteesTeams()
    {
        // The point of the rank: a mentee's tied teams are not visited in index order.
        var ranks = Enumerable.Range(0, 64).Select(t => TieRank(5, t)).ToArray();

        Assert.Equal(64, ranks.Distinct().Count());
        Assert.NotEqual(Enumerable.Range(0, 64), Enumerable.Range(0, 64).OrderBy(t => ranks[t]));
    }

    [Theory]
    [InlineData(5, 9u, 9, 4, 0u, 0, true)]   // higher profit first, whatever the rank and team
    [InlineData(4, 0u, 0, 5, 9u, 9, false)]
    [InlineData(5, 1u, 9, 5, 2u, 0, true)]   // equal profit: lower rank first
    [InlineData(5, 2u, 0, 5, 1u, 9, false)]
    [InlineData(5, 1u, 3, 5, 1u, 4, true)]   // equal profit and rank: lower team first
    [InlineData(5, 1u, 4, 5, 1u, 3, false)]
    [InlineData(5, 1u, 3, 5, 1u, 3, false)]  // the same entry is not before itself
    [InlineData(-3, 0u, 0, -2, 0u, 0, false)]
    public void Before_OrdersByProfitThenRankThenTeam(long profit, uint rank, int team, long otherProfit, uint otherRank, int otherTeam, bool expected) =>
        Assert.Equal(expected, Before(profit, rank, team, otherProfit, otherRank, otherTeam));
}
