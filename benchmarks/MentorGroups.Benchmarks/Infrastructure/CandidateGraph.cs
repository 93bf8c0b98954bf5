using MentorGroups.Engine;
using MentorGroups.Strategies.Optimal;

namespace MentorGroups.Benchmarks.Infrastructure;

/// <summary>
/// A compiled problem's candidate pairs as flat arrays (compressed rows) with the free seats of each team: the one
/// integer instance that both the library's solver and OR-Tools are given.
/// </summary>
internal sealed class CandidateGraph
{
    private CandidateGraph(int[] offsets, Candidate[] pairs, int[] seats)
    {
        Offsets = offsets;
        Pairs = pairs;
        Seats = seats;
    }

    public int[] Offsets { get; }

    public Candidate[] Pairs { get; }

    public int[] Seats { get; }

    public int MenteeCount => Offsets.Length - 1;

    public int TeamCount => Seats.Length;

    public long PairCount => Pairs.LongLength;

    public static CandidateGraph From(MatchingProblem problem)
    {
        var offsets = new int[problem.Mentees.Count + 1];
        for (var m = 0; m < problem.Mentees.Count; m++)
        {
            offsets[m + 1] = checked(offsets[m] + problem.Candidates(m).Length);
        }

        var pairs = new Candidate[offsets[^1]];
        for (var m = 0; m < problem.Mentees.Count; m++)
        {
            problem.Candidates(m).CopyTo(pairs.AsSpan(offsets[m]));
        }

        var assignment = problem.CreateAssignment();
        var seats = new int[problem.Teams.Count];
        for (var t = 0; t < seats.Length; t++)
        {
            seats[t] = Math.Max(0, assignment.FreeSeats(t));
        }

        return new CandidateGraph(offsets, pairs, seats);
    }

    /// <summary>Solves with the library's exact solver alone (no compilation, no result building).</summary>
    public long SolveWithLibrary(CancellationToken cancellationToken = default) =>
        CapacitatedAssignmentSolver<CompressedCandidateGraph>.Solve(new CompressedCandidateGraph(Offsets, Pairs, TeamCount), Seats, cancellationToken).Objective;
}
