using MentorGroups.Enrolments;
using MentorGroups.Programmes;

namespace MentorGroups.Rules.Objectives;

/// <summary>A group being scored: its members, its seats, and the programme-wide figures it is compared with.</summary>
/// <remarks>The engine builds these; build one yourself to test a group objective or requirement.</remarks>
public readonly struct GroupContext
{
    /// <summary>Creates a group context.</summary>
    /// <param name="programme">The programme.</param>
    /// <param name="mentors">The mentors, lead first; empty for peer groups.</param>
    /// <param name="mentees">The mentees.</param>
    /// <param name="capacity">The most mentees the group can take.</param>
    /// <param name="targets">Average size and load across the matching.</param>
    /// <param name="meeting">Whether the members can meet.</param>
    /// <exception cref="ArgumentNullException"><paramref name="programme"/>, <paramref name="mentors"/> or <paramref name="mentees"/> is <see langword="null"/>.</exception>
    public GroupContext(
        Programme programme,
        IReadOnlyList<Enrolment> mentors,
        IReadOnlyList<Enrolment> mentees,
        int capacity,
        GroupTargets targets,
        GroupMeetingFit meeting)
    {
        Programme = programme ?? throw new ArgumentNullException(nameof(programme));
        Mentors = mentors ?? throw new ArgumentNullException(nameof(mentors));
        Mentees = mentees ?? throw new ArgumentNullException(nameof(mentees));
        Capacity = capacity;
        Targets = targets;
        Meeting = meeting;
    }

    /// <summary>The programme.</summary>
    public Programme Programme { get; }

    /// <summary>The mentors, lead first; empty for peer groups.</summary>
    public IReadOnlyList<Enrolment> Mentors { get; }

    /// <summary>The mentees.</summary>
    public IReadOnlyList<Enrolment> Mentees { get; }

    /// <summary>The most mentees the group can take.</summary>
    public int Capacity { get; }

    /// <summary>Average size and load across the matching.</summary>
    public GroupTargets Targets { get; }

    /// <summary>Whether the members can meet (computed once per group, from cached availability).</summary>
    public GroupMeetingFit Meeting { get; }
}
