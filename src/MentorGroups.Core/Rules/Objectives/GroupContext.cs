using MentorGroups.Enrolments;
using MentorGroups.Programmes;

namespace MentorGroups.Rules.Objectives;

/// <summary>A group being scored: its members, its seats, and the programme-wide figures it is compared with.</summary>
/// <param name="Programme">The programme.</param>
/// <param name="Mentors">The mentors, lead first; empty for peer groups.</param>
/// <param name="Mentees">The mentees.</param>
/// <param name="Capacity">The most mentees the group can take.</param>
/// <param name="Targets">Average size and load across the matching.</param>
/// <param name="Meeting">Whether the members can meet (computed once per group, from cached availability).</param>
public readonly record struct GroupContext(
    Programme Programme,
    IReadOnlyList<Enrolment> Mentors,
    IReadOnlyList<Enrolment> Mentees,
    int Capacity,
    GroupTargets Targets,
    GroupMeetingFit Meeting)
{
    /// <summary>The programme.</summary>
    /// <exception cref="ArgumentNullException">The value is <see langword="null"/>.</exception>
    public Programme Programme { get; init; } = Programme ?? throw new ArgumentNullException(nameof(Programme));

    /// <summary>The mentors, lead first; empty for peer groups.</summary>
    /// <exception cref="ArgumentNullException">The value is <see langword="null"/>.</exception>
    public IReadOnlyList<Enrolment> Mentors { get; init; } = Mentors ?? throw new ArgumentNullException(nameof(Mentors));

    /// <summary>The mentees.</summary>
    /// <exception cref="ArgumentNullException">The value is <see langword="null"/>.</exception>
    public IReadOnlyList<Enrolment> Mentees { get; init; } = Mentees ?? throw new ArgumentNullException(nameof(Mentees));
}
