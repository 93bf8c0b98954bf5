using MentorGroups.Groups;
using MentorGroups.Participants;

namespace MentorGroups.Matching;

/// <summary>Where a mentee was placed and why: the group, the score and its per-criterion breakdown.</summary>
/// <param name="Mentee">The mentee.</param>
/// <param name="Group">The group.</param>
/// <param name="Mentors">The group's mentors (lead first).</param>
/// <param name="Score">The pair score from 0 to 1: the weighted mean of the criteria.</param>
/// <param name="Breakdown">Each criterion's contribution; the contributions add up to <paramref name="Score"/>.</param>
/// <param name="Pinned">Whether a coordinator's pin put the mentee here.</param>
public sealed record Placement(
    ParticipantId Mentee,
    GroupId Group,
    IReadOnlyList<ParticipantId> Mentors,
    double Score,
    IReadOnlyList<CriterionContribution> Breakdown,
    bool Pinned)
{
    /// <summary>The group's mentors (lead first).</summary>
    /// <exception cref="ArgumentNullException">The value is <see langword="null"/>.</exception>
    public IReadOnlyList<ParticipantId> Mentors { get; init; } = Mentors ?? throw new ArgumentNullException(nameof(Mentors));

    /// <summary>Each criterion's contribution; the contributions add up to <see cref="Score"/>.</summary>
    /// <exception cref="ArgumentNullException">The value is <see langword="null"/>.</exception>
    public IReadOnlyList<CriterionContribution> Breakdown { get; init; } = Breakdown ?? throw new ArgumentNullException(nameof(Breakdown));
}
