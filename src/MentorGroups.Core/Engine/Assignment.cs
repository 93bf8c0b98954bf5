
namespace MentorGroups.Engine;

/// <summary>
/// A working assignment of mentees to teams that a strategy fills in. It starts with the fixed placements (pins and
/// existing groups) and refuses any move that would break a team's capacity, a hard constraint or a fixed placement.
/// </summary>
/// <remarks>Not thread-safe: one strategy run owns one assignment. Use <see cref="Clone"/> to explore alternatives.</remarks>
public sealed class Assignment
{
    private readonly int[] _teamOf;
    private readonly int[] _load;

    internal Assignment(MatchingProblem problem)
    {
        Problem = problem;
        _teamOf = new int[problem.Mentees.Count];
        _load = new int[problem.Teams.Count];
        Array.Fill(_teamOf, -1);
        for (var m = 0; m < _teamOf.Length; m++)
        {
            var team = problem.FixedTeamOf(m);
            if (team >= 0)
            {
                _teamOf[m] = team;
                _load[team]++;
            }
        }
    }

    private Assignment(Assignment other)
    {
        Problem = other.Problem;
        _teamOf = (int[])other._teamOf.Clone();
        _load = (int[])other._load.Clone();
    }

    /// <summary>The problem this assignment belongs to.</summary>
    public MatchingProblem Problem { get; }

    /// <summary>The team a mentee is in, or -1.</summary>
    /// <param name="mentee">The mentee's index.</param>
    /// <returns>The team's index, or -1.</returns>
    public int TeamOf(int mentee) => _teamOf[mentee];

    /// <summary>How many mentees a team has.</summary>
    /// <param name="team">The team's index.</param>
    /// <returns>The count.</returns>
    public int Load(int team) => _load[team];

    /// <summary>How many more mentees a team can take.</summary>
    /// <param name="team">The team's index.</param>
    /// <returns>Free seats.</returns>
    public int FreeSeats(int team) => Problem.Teams[team].Capacity - _load[team];

    /// <summary>Places a mentee in a team (moving them if placed elsewhere) when the team has a free seat, the pair is allowed and the mentee is not fixed.</summary>
    /// <param name="mentee">The mentee's index.</param>
    /// <param name="team">The team's index.</param>
    /// <returns><see langword="true"/> when placed; <see langword="false"/> (and nothing changed) otherwise.</returns>
    public bool TryAssign(int mentee, int team)
    {
        if (_teamOf[mentee] == team)
        {
            return true;
        }

        if (Problem.IsFixed(mentee) || FreeSeats(team) <= 0 || !Problem.IsAllowed(mentee, team))
        {
            return false;
        }

        if (_teamOf[mentee] >= 0)
        {
            _load[_teamOf[mentee]]--;
        }

        _teamOf[mentee] = team;
        _load[team]++;
        return true;
    }

    /// <summary>Takes a mentee out of their team, unless fixed.</summary>
    /// <param name="mentee">The mentee's index.</param>
    /// <returns><see langword="true"/> when the mentee is now unplaced.</returns>
    public bool Unassign(int mentee)
    {
        if (Problem.IsFixed(mentee))
        {
            return false;
        }

        if (_teamOf[mentee] >= 0)
        {
            _load[_teamOf[mentee]]--;
            _teamOf[mentee] = -1;
        }

        return true;
    }

    /// <summary>Swaps the teams of two placed mentees when both moves are allowed.</summary>
    /// <param name="first">One mentee's index.</param>
    /// <param name="second">The other mentee's index.</param>
    /// <returns><see langword="true"/> when swapped.</returns>
    public bool TrySwap(int first, int second)
    {
        var a = _teamOf[first];
        var b = _teamOf[second];
        if (a < 0 || b < 0 || a == b || Problem.IsFixed(first) || Problem.IsFixed(second)
            || !Problem.IsAllowed(first, b) || !Problem.IsAllowed(second, a))
        {
            return false;
        }

        _teamOf[first] = b;
        _teamOf[second] = a;
        return true;
    }

    /// <summary>The integer objective: the sum of <see cref="MatchingProblem.PairValue"/> over placed mentees.</summary>
    /// <returns>The objective.</returns>
    public long Objective()
    {
        long total = 0;
        for (var m = 0; m < _teamOf.Length; m++)
        {
            if (_teamOf[m] >= 0)
            {
                total += Problem.PairValue(m, _teamOf[m]);
            }
        }

        return total;
    }

    /// <summary>A copy to explore alternatives with.</summary>
    /// <returns>The copy.</returns>
    public Assignment Clone() => new(this);

    /// <summary>The team of every mentee (-1 for none), by mentee index.</summary>
    /// <returns>A copy of the array.</returns>
    public int[] ToArray() => (int[])_teamOf.Clone();
}
