using MentorGroups.Enrolments;
using MentorGroups.Groups;

namespace MentorGroups.Engine;

/// <summary>
/// The one or two mentors who will lead one group (a lead mentor, plus a co-mentor where the programme pairs them),
/// and how many mentees they can take together. In a peer-group programme a team has no mentor: it is the seats of one
/// peer group.
/// </summary>
/// <remarks>Only the engine forms teams (when it compiles a request); strategies read them from <see cref="MatchingProblem.Teams"/>.</remarks>
public sealed class MentorTeam
{
    internal MentorTeam(int index, IReadOnlyList<Enrolment> mentors, int capacity, GroupId? existingGroup, bool isLocked)
    {
        Index = index;
        Mentors = mentors;
        Capacity = capacity;
        ExistingGroup = existingGroup;
        IsLocked = isLocked;
    }

    /// <summary>Position in <see cref="MatchingProblem.Teams"/>.</summary>
    public int Index { get; }

    /// <summary>The mentors, lead first.</summary>
    public IReadOnlyList<Enrolment> Mentors { get; }

    /// <summary>The most mentees the team takes: the mentors' capacities added up, capped by the size policy's maxima.</summary>
    public int Capacity { get; }

    /// <summary>The running group this team leads, for re-matching; <see langword="null"/> for a new group.</summary>
    public GroupId? ExistingGroup { get; }

    /// <summary>Whether the team's group is locked: it takes nobody new and loses nobody.</summary>
    public bool IsLocked { get; }

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
