using MentorGroups.Participants;

namespace MentorGroups.Tests.Support;

/// <summary>Short-hand for lists of participant ids in tests.</summary>
internal static class People
{
    public static ParticipantId[] Ids(params string[] ids) => ids.Select(i => new ParticipantId(i)).ToArray();

    /// <summary>Ids <paramref name="prefix"/>1 … <paramref name="prefix"/><paramref name="count"/>.</summary>
    public static ParticipantId[] Numbered(string prefix, int count) =>
        Enumerable.Range(1, count).Select(i => new ParticipantId(prefix + i.ToString(System.Globalization.CultureInfo.InvariantCulture))).ToArray();

    public static Participant Participant(string id) => MentorGroups.Participants.Participant.Builder(id).Build();
}
