namespace MentorGroups.Engine.Candidates;

/// <summary>The teams as the candidate scan sees them, by team index.</summary>
/// <param name="Lead">The lead mentor's index, or -1 for a peer group.</param>
/// <param name="Co">The co-mentor's index, or -1.</param>
/// <param name="Capacity">The seats.</param>
/// <param name="Open">Whether candidates may come from the team (not locked, with room).</param>
/// <param name="ScanTeams">The teams scanned (not locked), ascending.</param>
internal sealed record TeamLayout(int[] Lead, int[] Co, int[] Capacity, bool[] Open, int[] ScanTeams)
{
    /// <summary>How many teams, scanned or not.</summary>
    public int Count => Lead.Length;

    /// <summary>
    /// For each mentor, the scanned teams they belong to: <c>Teams[Start[m]..Start[m + 1]]</c>, so that what touches one
    /// mentor finds its teams without a pass over all of them.
    /// </summary>
    public (int[] Start, int[] Teams) TeamsOfMentors(int mentors)
    {
        var start = new int[mentors + 1];
        foreach (var t in ScanTeams)
        {
            if (Lead[t] >= 0)
            {
                start[Lead[t] + 1]++;
            }

            if (Co[t] >= 0)
            {
                start[Co[t] + 1]++;
            }
        }

        for (var m = 0; m < mentors; m++)
        {
            start[m + 1] += start[m];
        }

        var fill = start[..mentors];
        var teams = new int[start[mentors]];
        foreach (var t in ScanTeams)
        {
            if (Lead[t] >= 0)
            {
                teams[fill[Lead[t]]++] = t;
            }

            if (Co[t] >= 0)
            {
                teams[fill[Co[t]]++] = t;
            }
        }

        return (start, teams);
    }
}
