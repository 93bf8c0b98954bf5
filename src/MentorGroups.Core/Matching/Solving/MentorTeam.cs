using MentorGroups.Enrolments;
using MentorGroups.Groups;

namespace MentorGroups.Matching.Solving;

/// <summary>
/// The one or two mentors who will lead one group (a lead mentor, plus a co-mentor where the programme pairs them),
/// and how many mentees they can take together. In a peer-group programme a team has no mentor: it is the seats of one
/// peer group.
/// </summary>
/// <param name="Index">Position in <see cref="MatchingProblem.Teams"/>.</param>
/// <param name="Mentors">The mentors, lead first.</param>
/// <param name="Capacity">The most mentees the team takes: the mentors' capacities added up, capped by the size policy's maxima.</param>
/// <param name="ExistingGroup">The running group this team leads, for re-matching; <see langword="null"/> for a new group.</param>
/// <param name="IsLocked">Whether the team's group is locked: it takes nobody new and loses nobody.</param>
public sealed record MentorTeam(int Index, IReadOnlyList<Enrolment> Mentors, int Capacity, GroupId? ExistingGroup, bool IsLocked)
{
    /// <summary>The mentors, lead first.</summary>
    /// <exception cref="ArgumentNullException">The value is <see langword="null"/>.</exception>
    public IReadOnlyList<Enrolment> Mentors { get; init; } = Mentors ?? throw new ArgumentNullException(nameof(Mentors));

    /// <summary>The lead mentor.</summary>
    /// <exception cref="InvalidOperationException">The team is a peer group (no mentor).</exception>
    public Enrolment Lead => Mentors.Count > 0 ? Mentors[0] : throw new InvalidOperationException("A peer group has no lead mentor.");

    /// <summary>Whether the team is a peer group: seats without a mentor.</summary>
    public bool IsPeerGroup => Mentors.Count == 0;

    /// <summary>Names the team in explanations: "the group of m1", or the peer group's id or number.</summary>
    /// <returns>The text (ids only).</returns>
    public string Describe() =>
        !IsPeerGroup ? $"the group of {Lead.Id}" : ExistingGroup is { } id ? $"peer group {id}" : $"new peer group {Index + 1}";
}
