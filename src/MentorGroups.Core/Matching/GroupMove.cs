using MentorGroups.Groups;
using MentorGroups.Participants;

namespace MentorGroups.Matching;

/// <summary>A change of group for one person when re-matching a running programme: who, from where, to where, and why.</summary>
/// <remarks>Only the engine creates moves. Two moves are equal when all four properties are.</remarks>
public sealed record GroupMove
{
    internal GroupMove(ParticipantId person, GroupId? from, GroupId? to, string reason)
    {
        Person = person;
        From = from;
        To = to;
        Reason = reason ?? throw new ArgumentNullException(nameof(reason));
    }

    /// <summary>The person (mentor or mentee).</summary>
    public ParticipantId Person { get; }

    /// <summary>The group they were in, or <see langword="null"/> for a newcomer.</summary>
    public GroupId? From { get; }

    /// <summary>The group they are in now, or <see langword="null"/> when they left or could not be placed.</summary>
    public GroupId? To { get; }

    /// <summary>Why, in words a coordinator understands (ids only).</summary>
    public string Reason { get; }
}
