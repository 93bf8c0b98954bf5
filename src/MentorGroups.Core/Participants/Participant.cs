namespace MentorGroups.Participants;

/// <summary>
/// A person who can take part in programmes. Built and validated by <see cref="ParticipantBuilder"/>.
/// The same participant can be a mentor in one programme and a mentee in another.
/// </summary>
/// <remarks>Equal when id, display name and profile are equal.</remarks>
public sealed class Participant : IEquatable<Participant>
{
    internal Participant(ParticipantId id, string? displayName, ParticipantProfile profile)
    {
        Id = id;
        DisplayName = displayName;
        Profile = profile;
    }

    /// <summary>The HR system's id.</summary>
    public ParticipantId Id { get; }

    /// <summary>A name for people to read, or <see langword="null"/>. Personal data: the library never logs it.</summary>
    public string? DisplayName { get; }

    /// <summary>What the person brings to matching.</summary>
    public ParticipantProfile Profile { get; }

    /// <summary>Starts building a participant.</summary>
    /// <param name="id">The HR system's id.</param>
    /// <returns>A builder.</returns>
    public static ParticipantBuilder Builder(string? id) => new(id);

    /// <inheritdoc/>
    public bool Equals(Participant? other) =>
        other is not null && Id == other.Id
        && string.Equals(DisplayName, other.DisplayName, StringComparison.Ordinal)
        && Profile.Equals(other.Profile);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Participant);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Id, DisplayName, Profile);

    /// <summary>The id only: display names are personal data and stay out of logs and traces.</summary>
    /// <returns>The id.</returns>
    public override string ToString() => Id.ToString();
}
