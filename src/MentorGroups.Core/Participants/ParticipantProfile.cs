using MentorGroups.Scheduling;

namespace MentorGroups.Participants;

/// <summary>
/// What a person brings to matching: learning goals and expertise, languages, where they sit in the organisation,
/// seniority, time zone, weekly availability, and any extra attributes the HR system adds. Built and validated by
/// <see cref="ParticipantBuilder"/>.
/// </summary>
public sealed class ParticipantProfile : IEquatable<ParticipantProfile>
{
    internal ParticipantProfile(
        TagSet learningGoals,
        TagSet expertise,
        TagSet languages,
        string? organisationalUnit,
        ParticipantId? lineManagerId,
        int? seniorityLevel,
        TimeZoneInfo? timeZone,
        WeeklyAvailability availability,
        IReadOnlyDictionary<string, string> attributes)
    {
        LearningGoals = learningGoals;
        Expertise = expertise;
        Languages = languages;
        OrganisationalUnit = organisationalUnit;
        LineManagerId = lineManagerId;
        SeniorityLevel = seniorityLevel;
        TimeZone = timeZone;
        Availability = availability;
        Attributes = attributes;
    }

    /// <summary>An empty profile: nothing known.</summary>
    public static ParticipantProfile Empty { get; } = new(
        TagSet.Empty, TagSet.Empty, TagSet.Empty, null, null, null, null, WeeklyAvailability.None,
        new SortedDictionary<string, string>(StringComparer.Ordinal));

    /// <summary>What the person wants to learn (normalised tags).</summary>
    public TagSet LearningGoals { get; }

    /// <summary>What the person can teach (normalised tags).</summary>
    public TagSet Expertise { get; }

    /// <summary>Languages the person speaks (normalised tags, e.g. "en", "da").</summary>
    public TagSet Languages { get; }

    /// <summary>Department or organisational unit, or <see langword="null"/> when unknown.</summary>
    public string? OrganisationalUnit { get; }

    /// <summary>The id of the person's line manager, or <see langword="null"/>.</summary>
    public ParticipantId? LineManagerId { get; }

    /// <summary>Seniority level (0 = most junior), or <see langword="null"/> when unknown.</summary>
    public int? SeniorityLevel { get; }

    /// <summary>The person's time zone, or <see langword="null"/> when unknown.</summary>
    public TimeZoneInfo? TimeZone { get; }

    /// <summary>Weekly windows in which the person can meet, in <see cref="TimeZone"/>.</summary>
    public WeeklyAvailability Availability { get; }

    /// <summary>Extra attributes from the HR system (ordinal keys).</summary>
    public IReadOnlyDictionary<string, string> Attributes { get; }

    /// <inheritdoc/>
    public bool Equals(ParticipantProfile? other) =>
        other is not null
        && LearningGoals.Equals(other.LearningGoals)
        && Expertise.Equals(other.Expertise)
        && Languages.Equals(other.Languages)
        && string.Equals(OrganisationalUnit, other.OrganisationalUnit, StringComparison.Ordinal)
        && Nullable.Equals(LineManagerId, other.LineManagerId)
        && SeniorityLevel == other.SeniorityLevel
        && string.Equals(TimeZone?.Id, other.TimeZone?.Id, StringComparison.Ordinal)
        && Availability.Equals(other.Availability)
        && Attributes.Count == other.Attributes.Count
        && Attributes.All(a => other.Attributes.TryGetValue(a.Key, out var v) && string.Equals(v, a.Value, StringComparison.Ordinal));

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as ParticipantProfile);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(LearningGoals, Expertise, Languages, OrganisationalUnit, LineManagerId, SeniorityLevel, Availability);
}
