using MentorGroups.Participants;

namespace MentorGroups.Matching;

/// <summary>
/// Explicit ranked preferences, for strategies that use them (stable matching). A person not listed, or a partner
/// missing from a list, is unacceptable to them. When a request has no preference lists, strategies derive them from
/// scores.
/// </summary>
public sealed class PreferenceLists
{
    /// <summary>Creates preference lists.</summary>
    /// <param name="mentees">Each mentee's mentors, most wanted first.</param>
    /// <param name="mentors">Each mentor's mentees, most wanted first.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public PreferenceLists(
        IReadOnlyDictionary<ParticipantId, IReadOnlyList<ParticipantId>> mentees,
        IReadOnlyDictionary<ParticipantId, IReadOnlyList<ParticipantId>> mentors)
    {
        Mentees = mentees ?? throw new ArgumentNullException(nameof(mentees));
        Mentors = mentors ?? throw new ArgumentNullException(nameof(mentors));
    }

    /// <summary>Each mentee's mentors, most wanted first.</summary>
    public IReadOnlyDictionary<ParticipantId, IReadOnlyList<ParticipantId>> Mentees { get; }

    /// <summary>Each mentor's mentees, most wanted first.</summary>
    public IReadOnlyDictionary<ParticipantId, IReadOnlyList<ParticipantId>> Mentors { get; }
}
