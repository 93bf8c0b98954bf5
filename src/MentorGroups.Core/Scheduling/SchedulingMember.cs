using MentorGroups.Participants;
using MentorGroups.Validation;

namespace MentorGroups.Scheduling;

/// <summary>
/// What scheduling needs to know about one person: their id, their time zone and their weekly availability in that
/// zone. Nothing personal beyond the id.
/// </summary>
/// <remarks>Equal when id, time zone id and availability are equal.</remarks>
public sealed class SchedulingMember : IEquatable<SchedulingMember>
{
    /// <summary>Creates a member.</summary>
    /// <param name="id">The person's id.</param>
    /// <param name="timeZone">The person's time zone; may be <see langword="null"/> only when no availability is given.</param>
    /// <param name="availability">Weekly windows in <paramref name="timeZone"/>; <see cref="WeeklyAvailability.None"/> when not given.</param>
    /// <exception cref="ArgumentNullException"><paramref name="availability"/> is <see langword="null"/>.</exception>
    /// <exception cref="MentorGroupsValidationException">The id is the default value (code <see cref="ErrorCodes.EmptyId"/>), or
    /// availability is given without a time zone (code <see cref="ErrorCodes.MissingTimeZone"/>).</exception>
    public SchedulingMember(ParticipantId id, TimeZoneInfo? timeZone, WeeklyAvailability availability)
    {
        ArgumentNullException.ThrowIfNull(availability);
        var problems = new Problems();
        if (id.IsDefault)
        {
            problems.Add(ErrorCodes.EmptyId, "A scheduling member needs a participant id.");
        }

        if (timeZone is null && !availability.IsEmpty)
        {
            problems.Add(ErrorCodes.MissingTimeZone,
                "Availability is given without a time zone, so its windows cannot be placed in time.", id.IsDefault ? null : id.Value);
        }

        problems.ThrowIfAny("scheduling member");
        Id = id;
        TimeZone = timeZone;
        Availability = availability;
    }

    /// <summary>The person's id.</summary>
    public ParticipantId Id { get; }

    /// <summary>The person's time zone, or <see langword="null"/> when unknown (then <see cref="Availability"/> is empty).</summary>
    public TimeZoneInfo? TimeZone { get; }

    /// <summary>Weekly windows in <see cref="TimeZone"/>; empty when not given.</summary>
    public WeeklyAvailability Availability { get; }

    /// <summary>Whether the person gave any availability.</summary>
    public bool HasAvailability => !Availability.IsEmpty;

    /// <summary>Takes id, time zone and availability from a participant.</summary>
    /// <param name="participant">The participant.</param>
    /// <param name="defaultTimeZone">Used when the participant has no time zone of their own; <see langword="null"/> for none.</param>
    /// <returns>The member.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="participant"/> is <see langword="null"/>.</exception>
    /// <exception cref="MentorGroupsValidationException">The participant gave availability but neither they nor
    /// <paramref name="defaultTimeZone"/> name a time zone (code <see cref="ErrorCodes.MissingTimeZone"/>).</exception>
    public static SchedulingMember From(Participant participant, TimeZoneInfo? defaultTimeZone = null)
    {
        ArgumentNullException.ThrowIfNull(participant);
        return new SchedulingMember(participant.Id, participant.Profile.TimeZone ?? defaultTimeZone, participant.Profile.Availability);
    }

    /// <inheritdoc/>
    public bool Equals(SchedulingMember? other) =>
        other is not null && Id == other.Id
        && string.Equals(TimeZone?.Id, other.TimeZone?.Id, StringComparison.Ordinal)
        && Availability.Equals(other.Availability);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as SchedulingMember);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Id, TimeZone?.Id, Availability);

    /// <summary>The id only, as for participants.</summary>
    /// <returns>The id.</returns>
    public override string ToString() => Id.ToString();
}
