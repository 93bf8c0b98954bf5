using MentorGroups.Engine;
using MentorGroups.Strategies.Optimal;

namespace MentorGroups.Tests.Strategies.Optimal;

/// <summary>
/// The exact solver stops when cancelled while it runs, both between mentees and inside one long search. The token
/// is cancelled by the graph itself when the solver reads a given mentee's candidates, so the moment is exact.
/// </summary>
public sealed class SolverCancellationTests
{
    [Fact]
    public void Solve_CancelledBetweenMentees_StopsWithinTheNextSixtyFourMentees()
    {
        // 500 mentees, each with a team of its own: no search, only the loop over mentees.
        const int mentees = 500;
        var rows = Enumerable.Range(0, mentees).Select(m => new[] { new Candidate(m, 5) }).ToArray();
        using var source = new CancellationTokenSource();
        var graph = new CancellingGraph(rows, mentees, cancelAt: 10, source);

        Assert.ThrowsAny<OperationCanceledException>(() => CapacitatedAssignmentSolver<CancellingGraph>.Solve(graph, Enumerable.Repeat(1, mentees).ToArray(), source.Token));
        Assert.InRange(graph.Reads.Count, 11, 10 + 64);
    }

    [Fact]
    public void Solve_CancelledDuringALongSearch_StopsInsideTheSearch()
    {
        // A chain of full one-seat teams: mentee i sits in team i and could move on to team i + 1 at a loss of 1, and
        // the last team has a free seat. The last mentee wants team 0, and the cheapest way in moves every member one
        // team on: a single search over thousands of teams. The token is cancelled when that mentee is read, after the
        // loop's own check.
        const int chain = 3_000;
        var rows = new Candidate[chain + 1][];
        for (var m = 0; m < chain; m++)
        {
            rows[m] = [new Candidate(m, 1_000_000), new Candidate(m + 1, 999_999)];
        }

        rows[chain] = [new Candidate(0, 1_000_000)];
        var seats = Enumerable.Repeat(1, chain + 1).ToArray();
        using var source = new CancellationTokenSource();
        var cancelling = new CancellingGraph(rows, chain + 1, cancelAt: chain, source);

        Assert.NotEqual(0, chain & 63);
        Assert.ThrowsAny<OperationCanceledException>(() => CapacitatedAssignmentSolver<CancellingGraph>.Solve(cancelling, seats, source.Token));

        // Uncancelled, the same instance needs that one long search and moves the whole chain.
        using var never = new CancellationTokenSource();
        var solution = CapacitatedAssignmentSolver<CancellingGraph>.Solve(new CancellingGraph(rows, chain + 1, cancelAt: -1, never), seats, never.Token);
        Assert.Equal((chain + 1, 1, (long)chain), (solution.Statistics.Placed, solution.Statistics.Augmentations, solution.Statistics.Moves));
    }

    /// <summary>Candidates in one array per mentee; cancels the source when the solver first reads mentee <c>cancelAt</c>.</summary>
    private readonly struct CancellingGraph(Candidate[][] rows, int teams, int cancelAt, CancellationTokenSource source) : ICandidateGraph
    {
        public List<int> Reads { get; } = [];

        public int MenteeCount => rows.Length;

        public int TeamCount => teams;

        public ReadOnlySpan<Candidate> Candidates(int mentee)
        {
            if (!Reads.Contains(mentee))
            {
                Reads.Add(mentee);
            }

            if (mentee == cancelAt)
            {
                source.Cancel();
            }

            return rows[mentee];
        }
    }
}
