namespace MentorGroups.Engine;

/// <summary>
/// Scores one mentee against teams through the request's prepared fast paths, with the values of
/// <see cref="MatchingProblem.Candidates"/> and <see cref="MatchingProblem.PairValue"/>: what a strategy needs to look
/// beyond a bounded candidate list. Get one from <see cref="MatchingProblem.CreateTeamScorer"/>.
/// </summary>
/// <remarks>Holds scratch space: not thread-safe, so create one per thread.</remarks>
public sealed class TeamScorer
{
    private readonly CandidateScanner _scanner;
    private readonly CandidateScanner.Row _row;

    internal TeamScorer(CandidateScanner scanner)
    {
        _scanner = scanner;
        _row = scanner.CreateRow();
    }

    /// <summary>The values of a few teams for one mentee, 0 where a hard constraint forbids the pair.</summary>
    /// <param name="mentee">The mentee's index.</param>
    /// <param name="teams">Teams that are not locked.</param>
    /// <param name="values">Receives the values, in the order of <paramref name="teams"/>.</param>
    /// <exception cref="ArgumentException"><paramref name="values"/> is shorter than <paramref name="teams"/>.</exception>
    public void ScoreTeams(int mentee, ReadOnlySpan<int> teams, Span<int> values)
    {
        if (values.Length < teams.Length)
        {
            throw new ArgumentException("There must be a value for every team.", nameof(values));
        }

        _scanner.ScoreTeams(mentee, teams, values, _row);
    }

    /// <summary>
    /// Scores the mentee against every team that is not locked: the values by team index (0 where a hard constraint
    /// forbids the pair, and for locked teams), valid until the next call.
    /// </summary>
    /// <param name="mentee">The mentee's index.</param>
    /// <returns>The values, by team index.</returns>
    public ReadOnlySpan<int> ScoreAllTeams(int mentee)
    {
        _scanner.Scan(mentee, _row);
        return _row.Values;
    }

    /// <summary>
    /// The best <paramref name="limit"/> of <paramref name="teams"/> by the values of the last <see cref="ScoreAllTeams"/>,
    /// best first (highest value, then lowest team index), and how many of them are allowed in all.
    /// </summary>
    /// <param name="teams">The teams to choose from, in ascending index order (for example <see cref="MatchingProblem.OpenTeams"/>).</param>
    /// <param name="limit">The most to keep; <see cref="int.MaxValue"/> keeps every allowed team.</param>
    /// <param name="allowed">How many of the teams are allowed.</param>
    /// <returns>The candidates, best first.</returns>
    public Candidate[] Best(ReadOnlySpan<int> teams, int limit, out int allowed) => CandidateSelection.Best(_row.Values, teams, limit, out allowed);
}
