namespace MentorGroups.Strategies.GroupFormation;

/// <summary>
/// The first placement: every candidate pair from the best value down, a mentee joining a team when the team can take
/// them and still meet at one time. A first pass fills each team only to an even share (at least the minimum), so that
/// the popular mentors do not take everyone and leave other groups too small; a second pass fills the remaining seats.
/// </summary>
internal static class GreedyFill
{
    public static int Run(FormationState state, int minimum, FormationProgress progress, CancellationToken cancellationToken)
    {
        var problem = state.Problem;
        var free = 0;
        var openTeams = 0;
        for (var m = 0; m < problem.Mentees.Count; m++)
        {
            free += state.Assignment.TeamOf(m) < 0 && !state.Candidates(m).IsEmpty ? 1 : 0;
        }

        for (var t = 0; t < problem.Teams.Count; t++)
        {
            openTeams += state.HasRoom(t) ? 1 : 0;
        }

        var even = openTeams == 0 ? 0 : (free + state.Members.Sum(l => l.Count)) / openTeams;
        var share = Math.Max(minimum, even);
        var pairs = OrderedPairs(state, cancellationToken);
        var placed = 0;
        for (var pass = 0; pass < 2; pass++)
        {
            for (var i = 0; i < pairs.Length; i++)
            {
                if ((i & 1023) == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    progress.Report(GroupFormationStage.Placing, (pass * pairs.Length) + i, 2L * pairs.Length);
                }

                var (mentee, team) = pairs[i];
                if (state.Assignment.TeamOf(mentee) >= 0 || (pass == 0 && state.Size(team) >= share))
                {
                    continue;
                }

                if (state.CanJoin(mentee, team, keepMeeting: true) && state.Join(mentee, team))
                {
                    placed++;
                }
            }
        }

        return placed;
    }

    /// <summary>Every candidate pair of a free mentee, by value (highest first), then mentee, then team.</summary>
    private static (int Mentee, int Team)[] OrderedPairs(FormationState state, CancellationToken cancellationToken)
    {
        var problem = state.Problem;
        var list = new List<(int Value, int Mentee, int Team)>();
        for (var m = 0; m < problem.Mentees.Count; m++)
        {
            if (state.Assignment.TeamOf(m) >= 0 || problem.IsFixed(m))
            {
                continue;
            }

            if ((m & 1023) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            foreach (var c in state.Candidates(m))
            {
                list.Add((c.Value, m, c.Team));
            }
        }

        var array = list.ToArray();
        Array.Sort(array, static (a, b) => a.Value != b.Value ? b.Value.CompareTo(a.Value) : a.Mentee != b.Mentee ? a.Mentee.CompareTo(b.Mentee) : a.Team.CompareTo(b.Team));
        cancellationToken.ThrowIfCancellationRequested();
        return [.. array.Select(p => (p.Mentee, p.Team))];
    }
}
