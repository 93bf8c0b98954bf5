using MentorGroups.Matching;
using MentorGroups.Rules;
using MentorGroups.Rules.Constraints;
using MentorGroups.Rules.Criteria;
using MentorGroups.Rules.Objectives;
using MentorGroups.Rules.Requirements;

namespace MentorGroups.Engine;

/// <summary>
/// Places as many mentees as capacity and constraints allow, by moving placed mentees along chains of teams to free a
/// seat for an unplaced one (augmenting paths in the mentee–team graph). Any strategy can run it after its own pass so
/// that nobody is left out while a seat they could reach is free.
/// </summary>
public static class PlacementAugmenter
{
    /// <summary>Augments the assignment until no unplaced mentee can be placed by a chain of moves.</summary>
    /// <param name="assignment">The assignment to improve in place.</param>
    /// <param name="cancellationToken">Stops the work.</param>
    /// <returns>How many more mentees are placed.</returns>
    /// <exception cref="OperationCanceledException">Cancelled.</exception>
    public static int Augment(Assignment assignment, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(assignment);
        var problem = assignment.Problem;
        var teamCount = problem.Teams.Count;
        var members = new List<int>[teamCount];
        for (var t = 0; t < teamCount; t++)
        {
            members[t] = [];
        }

        for (var m = 0; m < problem.Mentees.Count; m++)
        {
            if (assignment.TeamOf(m) >= 0 && !problem.IsFixed(m))
            {
                members[assignment.TeamOf(m)].Add(m);
            }
        }

        var dead = new bool[teamCount];
        var cameFromTeam = new int[teamCount];
        var movedMentee = new int[teamCount];
        var visitedStamp = new int[teamCount];
        var stamp = 0;
        var queue = new Queue<int>();
        var added = 0;

        for (var start = 0; start < problem.Mentees.Count; start++)
        {
            if (assignment.TeamOf(start) >= 0 || problem.Candidates(start).IsEmpty)
            {
                continue;
            }

            if ((start & 63) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            stamp++;
            queue.Clear();
            var found = -1;
            foreach (var c in problem.Candidates(start))
            {
                if (dead[c.Team] || visitedStamp[c.Team] == stamp)
                {
                    continue;
                }

                visitedStamp[c.Team] = stamp;
                cameFromTeam[c.Team] = -1;
                movedMentee[c.Team] = start;
                if (assignment.FreeSeats(c.Team) > 0)
                {
                    found = c.Team;
                    break;
                }

                queue.Enqueue(c.Team);
            }

            while (found < 0 && queue.Count > 0)
            {
                var t = queue.Dequeue();
                foreach (var x in members[t])
                {
                    foreach (var c in problem.Candidates(x))
                    {
                        if (dead[c.Team] || visitedStamp[c.Team] == stamp)
                        {
                            continue;
                        }

                        visitedStamp[c.Team] = stamp;
                        cameFromTeam[c.Team] = t;
                        movedMentee[c.Team] = x;
                        if (assignment.FreeSeats(c.Team) > 0)
                        {
                            found = c.Team;
                            break;
                        }

                        queue.Enqueue(c.Team);
                    }

                    if (found >= 0)
                    {
                        break;
                    }
                }
            }

            if (found < 0)
            {
                // Nothing reachable from here has room; until the next successful chain, nothing will.
                for (var t = 0; t < teamCount; t++)
                {
                    if (visitedStamp[t] == stamp)
                    {
                        dead[t] = true;
                    }
                }

                continue;
            }

            // Shift along the chain, from the free seat back to the start.
            var team = found;
            while (team >= 0)
            {
                var mentee = movedMentee[team];
                var from = cameFromTeam[team];
                if (from >= 0)
                {
                    members[from].Remove(mentee);
                }

                if (!assignment.TryAssign(mentee, team))
                {
                    throw new InvalidOperationException("An augmenting chain met a move the assignment refused; the candidate lists are inconsistent.");
                }

                members[team].Add(mentee);
                team = from;
            }

            added++;
            Array.Clear(dead);
        }

        return added;
    }
}
