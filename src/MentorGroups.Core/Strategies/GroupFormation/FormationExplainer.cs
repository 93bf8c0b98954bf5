using System.Globalization;
using MentorGroups.Matching;

namespace MentorGroups.Strategies.GroupFormation;

/// <summary>
/// Why a mentee stays unplaced or a mentor leads no group, read off the final groups so that the two never contradict
/// each other. Where the engine's own diagnosis is already true (every compatible group full, a hard constraint with
/// every group that has room), it is left to the engine.
/// </summary>
internal static class FormationExplainer
{
    public static Dictionary<int, UnmatchedMentee> LeftOut(FormationState state, IReadOnlyDictionary<int, int> closedForSize, int minimum, bool hard, CancellationToken cancellationToken)
    {
        var problem = state.Problem;
        var reasons = new Dictionary<int, UnmatchedMentee>();
        for (var m = 0; m < problem.Mentees.Count; m++)
        {
            if (state.Assignment.TeamOf(m) >= 0 || problem.IsFixed(m) || state.Candidates(m).IsEmpty)
            {
                continue;
            }

            if ((m & 255) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var id = problem.Mentees[m].Id;
            var closed = new List<int>();
            var requirement = new List<int>();
            var alone = new List<int>();
            var withRoom = 0;
            foreach (var c in state.Candidates(m))
            {
                if (closedForSize.ContainsKey(c.Team))
                {
                    closed.Add(c.Team);
                    continue;
                }

                if (!state.HasRoom(c.Team))
                {
                    continue;
                }

                withRoom++;
                if (!state.Members[c.Team].TrueForAll(k => problem.AllowsTogether(m, k)))
                {
                    continue;
                }

                if (hard && state.Size(c.Team) == 0)
                {
                    alone.Add(c.Team);
                }
                else if (state.Groups.HasRequirements && !state.MeetsRequirements(c.Team, m, -1))
                {
                    requirement.Add(c.Team);
                }
            }

            if (requirement.Count > 0)
            {
                reasons[m] = new UnmatchedMentee(id, UnmatchedReason.GroupRequirementNotMet, string.Create(CultureInfo.InvariantCulture,
                    $"Each of the {requirement.Count} compatible group(s) with room for {id} would break a group requirement with them in it ({string.Join(", ", requirement.Take(3).Select(t => problem.Teams[t].Describe()))})."));
            }
            else if (closed.Count + alone.Count > 0 && withRoom == alone.Count)
            {
                var parts = new List<string>();
                if (closed.Count > 0)
                {
                    parts.Add(string.Create(CultureInfo.InvariantCulture,
                        $"{Names(state, closed)} gathered only {string.Join(", ", closed.Take(3).Select(t => closedForSize[t]))} mentee(s), below the {Kind(hard)} minimum of {minimum}, so it was not formed"));
                }

                if (alone.Count > 0)
                {
                    parts.Add(string.Create(CultureInfo.InvariantCulture,
                        $"{Names(state, alone)} has no other mentee who may join it, and a group of fewer than {minimum} is below the hard minimum"));
                }

                reasons[m] = new UnmatchedMentee(id, UnmatchedReason.GroupBelowMinimum, string.Create(CultureInfo.InvariantCulture,
                    $"Every other compatible group for {id} is full; {string.Join("; ", parts)}."));
            }
        }

        return reasons;
    }

    public static Dictionary<int, string> IdleTeams(FormationState state, IReadOnlyDictionary<int, int> closedForSize, int minimum, bool hard)
    {
        var problem = state.Problem;
        var reasons = new Dictionary<int, string>();
        for (var t = 0; t < problem.Teams.Count; t++)
        {
            var team = problem.Teams[t];
            if (state.Size(t) > 0 || team.ExistingGroup is not null || team.Capacity == 0 || team.IsLocked)
            {
                continue;
            }

            var name = Capitalised(team.Describe());
            if (closedForSize.TryGetValue(t, out var gathered))
            {
                var placed = state.Applicants(t).Count(m => state.Assignment.TeamOf(m) >= 0);
                reasons[t] = string.Create(CultureInfo.InvariantCulture,
                    $"{name} was not formed: it gathered only {gathered} mentee(s), below the {Kind(hard)} minimum of {minimum}, without taking mentees that other groups need to reach it; {placed} of the {state.Applicants(t).Count} mentee(s) who could join it are placed in other groups.");
                continue;
            }

            var applicants = state.Applicants(t);
            if (applicants.Count == 0)
            {
                continue; // The engine's diagnosis (constraints rule everyone out, or everyone has better groups) is true.
            }

            var unplaced = applicants.Count(m => state.Assignment.TeamOf(m) < 0);
            reasons[t] = unplaced == 0
                ? string.Create(CultureInfo.InvariantCulture,
                    $"{name} was not formed: all {applicants.Count} mentee(s) who could join it are placed in other groups, and taking them would leave those groups smaller or without a common meeting time.")
                : string.Create(CultureInfo.InvariantCulture,
                    $"{name} was not formed: {unplaced} of the {applicants.Count} mentee(s) who could join it are unplaced, because with them it would break a group requirement or stay below the {Kind(hard)} minimum of {minimum}; the rest are placed in other groups.");
        }

        return reasons;
    }

    private static string Names(FormationState state, List<int> teams) =>
        string.Join(", ", teams.Take(3).Select(t => state.Problem.Teams[t].Describe())) + (teams.Count > 3 ? string.Create(CultureInfo.InvariantCulture, $" and {teams.Count - 3} more") : string.Empty);

    private static string Kind(bool hard) => hard ? "hard" : "recommended";

    private static string Capitalised(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
