using MentorGroups.Participants;

namespace MentorGroups.Matching;

/// <summary>A coordinator's decision that a mentee must join a mentor's group.</summary>
/// <param name="Mentee">The mentee.</param>
/// <param name="Mentor">The mentor (lead or co-mentor) whose group the mentee joins.</param>
public sealed record Pin(ParticipantId Mentee, ParticipantId Mentor);
