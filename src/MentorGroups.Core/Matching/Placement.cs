using MentorGroups.Groups;
using MentorGroups.Participants;

namespace MentorGroups.Matching;

/// <summary>Where a mentee was placed and why: the group, the score and its per-criterion breakdown.</summary>
/// <remarks>Only the engine creates placements (every result is checked when it is built); compare them by their properties.</remarks>
public sealed class Placement
{
    internal Placement(
        ParticipantId mentee,
        GroupId group,
        IReadOnlyList<ParticipantId> mentors,
        double score,
        IReadOnlyList<CriterionContribution> breakdown,
        bool pinned)
    {
        Mentee = mentee;
        Group = group;
        Mentors = mentors ?? throw new ArgumentNullException(nameof(mentors));
        Score = score;
        Breakdown = breakdown ?? throw new ArgumentNullException(nameof(breakdown));
        Pinned = pinned;
    }

    /// <summary>The mentee.</summary>
    public ParticipantId Mentee { get; }

    /// <summary>The group.</summary>
    public GroupId Group { get; }

    /// <summary>The group's mentors (lead first).</summary>
    public IReadOnlyList<ParticipantId> Mentors { get; }

    /// <summary>The pair score from 0 to 1: the weighted mean of the criteria.</summary>
    public double Score { get; }

    /// <summary>Each criterion's contribution; the contributions add up to <see cref="Score"/>.</summary>
    public IReadOnlyList<CriterionContribution> Breakdown { get; }

    /// <summary>Whether a coordinator's pin put the mentee here.</summary>
    public bool Pinned { get; }
}
