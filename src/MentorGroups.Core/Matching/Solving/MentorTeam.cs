using MentorGroups.Enrolments;
using MentorGroups.Groups;

namespace MentorGroups.Matching.Solving;

/// <summary>
/// The one or two mentors who will lead one group (a lead mentor, plus a co-mentor where the programme pairs them),
/// and how many mentees they can take together.
/// </summary>
/// <param name="Index">Position in <see cref="MatchingProblem.Teams"/>.</param>
/// <param name="Mentors">The mentors, lead first.</param>
/// <param name="Capacity">The most mentees the team takes: the mentors' capacities added up, capped by the size policy's maxima.</param>
/// <param name="ExistingGroup">The running group this team leads, for re-matching; <see langword="null"/> for a new group.</param>
/// <param name="IsLocked">Whether the team's group is locked: it takes nobody new and loses nobody.</param>
public sealed record MentorTeam(int Index, IReadOnlyList<Enrolment> Mentors, int Capacity, GroupId? ExistingGroup, bool IsLocked)
{
    /// <summary>The lead mentor.</summary>
    public Enrolment Lead => Mentors[0];
}
