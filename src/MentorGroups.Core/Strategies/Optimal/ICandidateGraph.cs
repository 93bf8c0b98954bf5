using MentorGroups.Engine;

namespace MentorGroups.Strategies.Optimal;

/// <summary>
/// The mentee–team pairs a solver may use, read straight from where they are stored so that no solver copies them.
/// </summary>
/// <remarks>Implemented by structs so that the solver's inner loops are specialised and not called through an interface.</remarks>
internal interface ICandidateGraph
{
    /// <summary>How many mentees (rows) there are.</summary>
    int MenteeCount { get; }

    /// <summary>How many teams (columns) there are.</summary>
    int TeamCount { get; }

    /// <summary>The teams a mentee may join and what each pair is worth (any order; values from 1 to <see cref="TieBreak.MaxValue"/>).</summary>
    /// <param name="mentee">The mentee's index.</param>
    /// <returns>The candidates.</returns>
    ReadOnlySpan<Candidate> Candidates(int mentee);
}

/// <summary>The candidates of a compiled <see cref="MatchingProblem"/>.</summary>
/// <param name="problem">The problem.</param>
internal readonly struct ProblemCandidateGraph(MatchingProblem problem) : ICandidateGraph
{
    public int MenteeCount => problem.Mentees.Count;

    public int TeamCount => problem.Teams.Count;

    public ReadOnlySpan<Candidate> Candidates(int mentee) => problem.Candidates(mentee);
}

/// <summary>Candidates in compressed rows: those of mentee <c>m</c> are <c>pairs[offsets[m]..offsets[m + 1]]</c>.</summary>
/// <remarks>For feeding the solver without compiling a request (benchmarks, large synthetic tests).</remarks>
internal readonly struct CompressedCandidateGraph : ICandidateGraph
{
    private readonly int[] _offsets;
    private readonly Candidate[] _pairs;

    /// <summary>Wraps the arrays (not copied).</summary>
    /// <param name="offsets">Row starts, one more than there are mentees, ascending from 0 to the number of pairs.</param>
    /// <param name="pairs">The candidates of every mentee, row after row.</param>
    /// <param name="teamCount">How many teams there are; every candidate's team is below it.</param>
    /// <exception cref="ArgumentException">The arrays are inconsistent.</exception>
    public CompressedCandidateGraph(int[] offsets, Candidate[] pairs, int teamCount)
    {
        ArgumentNullException.ThrowIfNull(offsets);
        ArgumentNullException.ThrowIfNull(pairs);
        ArgumentOutOfRangeException.ThrowIfNegative(teamCount);
        if (offsets.Length == 0 || offsets[0] != 0 || offsets[^1] != pairs.Length)
        {
            throw new ArgumentException("Offsets must start at 0 and end at the number of pairs.", nameof(offsets));
        }

        for (var m = 0; m + 1 < offsets.Length; m++)
        {
            if (offsets[m + 1] < offsets[m])
            {
                throw new ArgumentException($"Offsets must not decrease (mentee {m}).", nameof(offsets));
            }
        }

        foreach (var pair in pairs)
        {
            if ((uint)pair.Team >= (uint)teamCount || pair.Value is < 1 or > TieBreak.MaxValue)
            {
                throw new ArgumentException($"Candidate {pair} names no team below {teamCount} or has a value outside 1..{TieBreak.MaxValue}.", nameof(pairs));
            }
        }

        _offsets = offsets;
        _pairs = pairs;
        TeamCount = teamCount;
    }

    public int MenteeCount => _offsets.Length - 1;

    public int TeamCount { get; }

    public ReadOnlySpan<Candidate> Candidates(int mentee) => _pairs.AsSpan(_offsets[mentee], _offsets[mentee + 1] - _offsets[mentee]);
}

/// <summary>Candidates in one array per mentee, which a strategy can replace row by row (to grow a mentee's list).</summary>
/// <param name="lists">The candidates of each mentee (values at least 1, teams below <paramref name="teamCount"/>).</param>
/// <param name="teamCount">How many teams there are.</param>
internal readonly struct JaggedCandidateGraph(Candidate[][] lists, int teamCount) : ICandidateGraph
{
    public int MenteeCount => lists.Length;

    public int TeamCount => teamCount;

    public ReadOnlySpan<Candidate> Candidates(int mentee) => lists[mentee];
}
