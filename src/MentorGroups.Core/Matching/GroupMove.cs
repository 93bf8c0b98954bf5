using MentorGroups.Groups;
using MentorGroups.Participants;

namespace MentorGroups.Matching;

/// <summary>A change of group for one person when re-matching a running programme: who, from where, to where, and why.</summary>
/// <param name="Person">The person (mentor or mentee).</param>
/// <param name="From">The group they were in, or <see langword="null"/> for a newcomer.</param>
/// <param name="To">The group they are in now, or <see langword="null"/> when they left or could not be placed.</param>
/// <param name="Reason">Why, in words a coordinator understands (ids only).</param>
public sealed record GroupMove(ParticipantId Person, GroupId? From, GroupId? To, string Reason)
{
    /// <summary>Why, in words a coordinator understands (ids only).</summary>
    /// <exception cref="ArgumentNullException">The value is <see langword="null"/>.</exception>
    public string Reason { get; init; } = Reason ?? throw new ArgumentNullException(nameof(Reason));
}
