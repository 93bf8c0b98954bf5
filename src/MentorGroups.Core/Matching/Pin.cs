using MentorGroups.Participants;

namespace MentorGroups.Matching;

/// <summary>A coordinator's decision that a mentee must join a mentor's group.</summary>
/// <remarks>Made by <see cref="MatchingRequestBuilder.Pin"/>; read back from <see cref="MatchingRequest.Pins"/>.</remarks>
public sealed class Pin
{
    internal Pin(ParticipantId mentee, ParticipantId mentor)
    {
        Mentee = mentee;
        Mentor = mentor;
    }

    /// <summary>The mentee.</summary>
    public ParticipantId Mentee { get; }

    /// <summary>The mentor (lead or co-mentor) whose group the mentee joins.</summary>
    public ParticipantId Mentor { get; }
}
