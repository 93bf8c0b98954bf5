using MentorGroups.Participants;

namespace MentorGroups.Matching;

/// <summary>
/// Explicit ranked preferences, for strategies that use them (stable matching). A person not listed, or a partner
/// missing from a list, is unacceptable to them. When a request has no preference lists, strategies derive them from
/// scores.
/// </summary>
/// <param name="Mentees">Each mentee's mentors, most wanted first.</param>
/// <param name="Mentors">Each mentor's mentees, most wanted first.</param>
public sealed record PreferenceLists(
    IReadOnlyDictionary<ParticipantId, IReadOnlyList<ParticipantId>> Mentees,
    IReadOnlyDictionary<ParticipantId, IReadOnlyList<ParticipantId>> Mentors)
{
    /// <summary>Each mentee's mentors, most wanted first.</summary>
    /// <exception cref="ArgumentNullException">The value is <see langword="null"/>.</exception>
    public IReadOnlyDictionary<ParticipantId, IReadOnlyList<ParticipantId>> Mentees { get; init; } = Mentees ?? throw new ArgumentNullException(nameof(Mentees));

    /// <summary>Each mentor's mentees, most wanted first.</summary>
    /// <exception cref="ArgumentNullException">The value is <see langword="null"/>.</exception>
    public IReadOnlyDictionary<ParticipantId, IReadOnlyList<ParticipantId>> Mentors { get; init; } = Mentors ?? throw new ArgumentNullException(nameof(Mentors));
}
