using MentorGroups.Engine;
using MentorGroups.Strategies.Optimal;

namespace MentorGroups.Tests.Strategies.Optimal;

/// <summary>The solver's views of candidate pairs: rows read in place, and the compressed form's checks at their edges.</summary>
public sealed class CandidateGraphTests
{
    [Fact]
    public void CompressedCandidateGraph_Rows_AreTheSlicesBetweenOffsets()
    {
        Candidate[] pairs = [new(0, 1), new(2, TieBreak.MaxValue), new(1, 7)];

        var graph = new CompressedCandidateGraph([0, 2, 2, 3], pairs, 3);

        Assert.Equal((3, 3), (graph.MenteeCount, graph.TeamCount));
        Assert.Equal(pairs[..2], graph.Candidates(0).ToArray());
        Assert.Empty(graph.Candidates(1).ToArray());
        Assert.Equal([pairs[2]], graph.Candidates(2).ToArray());
    }

    [Fact]
    public void CompressedCandidateGraph_NoMenteesOrNoTeams_IsValid()
    {
        Assert.Equal(0, new CompressedCandidateGraph([0], [], 0).MenteeCount);
        Assert.Equal(2, new CompressedCandidateGraph([0, 0, 0], [], 0).MenteeCount);
    }

    [Fact]
    public void CompressedCandidateGraph_BadArrays_NameTheProblem()
    {
        Candidate[] pairs = [new(0, 5), new(1, 3)];

        Assert.Throws<ArgumentNullException>("offsets", () => new CompressedCandidateGraph(null!, pairs, 2));
        Assert.Throws<ArgumentNullException>("pairs", () => new CompressedCandidateGraph([0, 2], null!, 2));
        Assert.Throws<ArgumentOutOfRangeException>("teamCount", () => new CompressedCandidateGraph([0, 2], pairs, -1));
        Assert.Contains("start at 0", Assert.Throws<ArgumentException>("offsets", () => new CompressedCandidateGraph([], pairs, 2)).Message, StringComparison.Ordinal);
        Assert.Contains("start at 0", Assert.Throws<ArgumentException>("offsets", () => new CompressedCandidateGraph([1, 2], pairs, 2)).Message, StringComparison.Ordinal);
        Assert.Contains("mentee 1", Assert.Throws<ArgumentException>("offsets", () => new CompressedCandidateGraph([0, 2, 1, 2], pairs, 2)).Message, StringComparison.Ordinal);
        Assert.Contains("no team below 1", Assert.Throws<ArgumentException>("pairs", () => new CompressedCandidateGraph([0, 2], pairs, 1)).Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>("pairs", () => new CompressedCandidateGraph([0, 1], [new(-1, 5)], 2));
        Assert.Throws<ArgumentException>("pairs", () => new CompressedCandidateGraph([0, 1], [new(0, 0)], 2));
        Assert.Throws<ArgumentException>("pairs", () => new CompressedCandidateGraph([0, 1], [new(0, TieBreak.MaxValue + 1)], 2));
    }

    [Fact]
    public void JaggedCandidateGraph_Rows_AreTheListsAsTheyAreNow()
    {
        Candidate[][] lists = [[new(1, 4)], []];
        var graph = new JaggedCandidateGraph(lists, 2);
        lists[1] = [new(0, 9)];

        Assert.Equal((2, 2), (graph.MenteeCount, graph.TeamCount));
        Assert.Equal([new Candidate(0, 9)], graph.Candidates(1).ToArray());
    }
}
