using System.Globalization;
using MentorGroups.Enrolments;
using MentorGroups.Matching;
using MentorGroups.Participants;

namespace MentorGroups.Rules.Constraints;

/// <summary>
/// Confidentiality beyond the direct line manager: nobody shares a group with anyone in their management chain up to
/// the given number of levels (their manager, their manager's manager, ...), read from an <see cref="OrganisationChart"/>
/// that may name people who are not enrolled; and, optionally, two mentees who report to the same line manager do not
/// share a group either.
/// </summary>
public sealed class ManagementChainConstraint : IHardConstraint
{
    /// <summary>The default number of levels: the line manager and their manager.</summary>
    public const int DefaultLevels = 2;

    /// <summary>Creates the constraint.</summary>
    /// <param name="chart">Who reports to whom.</param>
    /// <param name="levels">How many levels up the chain are kept apart; at least 1.</param>
    /// <param name="separateTeammates">Whether two mentees of the same line manager are kept apart.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="levels"/> is below 1.</exception>
    public ManagementChainConstraint(OrganisationChart chart, int levels = DefaultLevels, bool separateTeammates = false)
    {
        ArgumentNullException.ThrowIfNull(chart);
        ArgumentOutOfRangeException.ThrowIfLessThan(levels, 1);
        Chart = chart;
        Levels = levels;
        SeparateTeammates = separateTeammates;
    }

    /// <summary>Who reports to whom.</summary>
    internal OrganisationChart Chart { get; }

    /// <summary>How many levels up the management chain are kept apart.</summary>
    internal int Levels { get; }

    /// <summary>Whether two mentees who report to the same line manager are kept apart.</summary>
    internal bool SeparateTeammates { get; }

    /// <inheritdoc/>
    public string Name => "management-chain";

    /// <inheritdoc/>
    public bool Allows(in MemberPair pair) =>
        LevelsUp(pair.First.Participant, pair.Second.Id) == 0 && LevelsUp(pair.Second.Participant, pair.First.Id) == 0 && !Teammates(pair.First, pair.Second);

    /// <inheritdoc/>
    public string Explain(in MemberPair pair)
    {
        var up = LevelsUp(pair.First.Participant, pair.Second.Id);
        if (up > 0)
        {
            return Describe(pair.Second.Id, pair.First.Id, up);
        }

        up = LevelsUp(pair.Second.Participant, pair.First.Id);
        if (up > 0)
        {
            return Describe(pair.First.Id, pair.Second.Id, up);
        }

        return Teammates(pair.First, pair.Second)
            ? $"{pair.First.Id} and {pair.Second.Id} are mentees of the same line manager ({ManagerOf(pair.First.Participant)})"
            : $"{pair.First.Id} and {pair.Second.Id} are not in each other's management chain";
    }

    private static string Describe(ParticipantId manager, ParticipantId report, int levels) => levels == 1
        ? $"{manager} is the line manager of {report}"
        : string.Create(CultureInfo.InvariantCulture, $"{manager} is {levels} levels up the management chain of {report}");

    private ParticipantId? ManagerOf(Participant person) => Chart.ManagerOf(person.Id) ?? person.Profile.LineManagerId;

    /// <summary>How many levels up the person's chain <paramref name="other"/> is, within <see cref="Levels"/>; 0 when not.</summary>
    private int LevelsUp(Participant person, ParticipantId other)
    {
        var current = ManagerOf(person);
        for (var level = 1; level <= Levels && current is { } manager; level++)
        {
            if (manager == other)
            {
                return level;
            }

            current = Chart.ManagerOf(manager);
        }

        return 0;
    }

    private bool Teammates(Enrolment a, Enrolment b) =>
        SeparateTeammates && a.Role == ProgrammeRole.Mentee && b.Role == ProgrammeRole.Mentee
        && ManagerOf(a.Participant) is { } manager && ManagerOf(b.Participant) == manager;
}
