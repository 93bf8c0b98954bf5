using MentorGroups.Engine;

namespace MentorGroups.Benchmarks.GroupsExact;

/// <summary>
/// Scores groups on the group-formation objective (<see cref="FormationScore"/>), the way the strategy values them: a
/// group has a common slot when one meeting start suits every member who gave availability, mentors included; the fit
/// is the sum of the engine's pair values, plus for each mentee with learning goals the mean Jaccard overlap of their
/// goals with those of the group's other mentees who have goals, times the goal-cohesion weight, in pair-value units
/// (as the strategy's improving moves count it).
/// </summary>
internal static class FormationObjective
{
    public static FormationScore Score(FormationInstance instance, IEnumerable<(int Team, int[] Mentees)> groups)
    {
        int placed = 0, below = 0, withoutSlot = 0, count = 0;
        long fit = 0;
        foreach (var (t, mentees) in groups)
        {
            if (mentees.Length == 0)
            {
                continue;
            }

            var team = instance.Teams[t];
            count++;
            placed += mentees.Length;
            below += mentees.Length < instance.Minimum ? 1 : 0;
            withoutSlot += CanMeet(instance, team, mentees) ? 0 : 1;
            foreach (var m in mentees)
            {
                fit += instance.PairValue(m, team) + Cohesion(instance, m, mentees);
            }
        }

        return new FormationScore(placed, below, withoutSlot, fit, count);
    }

    public static bool CanMeet(FormationInstance instance, CandidateTeam team, int[] mentees)
    {
        var common = instance.MentorCommon(team);
        foreach (var m in mentees)
        {
            if (instance.MenteeStarts[m] is { } starts)
            {
                for (var w = 0; w < common.Length; w++)
                {
                    common[w] &= starts[w];
                }
            }
        }

        return common.Any(w => w != 0);
    }

    /// <summary>The mentee's goal-cohesion term in the group, truncated to whole pair-value units as the strategy does.</summary>
    public static long Cohesion(FormationInstance instance, int mentee, int[] group)
    {
        if (instance.CohesionWeight <= 0 || instance.Mentees[mentee].Goals.IsEmpty)
        {
            return 0;
        }

        var total = 0.0;
        var others = 0;
        foreach (var k in group)
        {
            if (k != mentee && !instance.Mentees[k].Goals.IsEmpty)
            {
                total += instance.GoalOverlap(mentee, k);
                others++;
            }
        }

        return others == 0 ? 0 : (long)(instance.CohesionWeight * MatchingProblem.ScoreResolution * total / others);
    }
}
