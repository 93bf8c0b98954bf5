namespace MentorGroups.DependencyInjection;

/// <summary>
/// The names under which matching reports itself, for OpenTelemetry and log filters:
/// <c>AddMeter(MentorGroupsTelemetry.MeterName)</c>, <c>AddSource(MentorGroupsTelemetry.ActivitySourceName)</c>.
/// Nothing reported carries personal data: ids, counts, codes and the strategy name only.
/// </summary>
public static class MentorGroupsTelemetry
{
    /// <summary>The name of the <see cref="System.Diagnostics.Metrics.Meter"/>, "MentorGroups".</summary>
    public const string MeterName = "MentorGroups";

    /// <summary>The name of the <see cref="System.Diagnostics.ActivitySource"/>, "MentorGroups".</summary>
    public const string ActivitySourceName = "MentorGroups";

    /// <summary>The log category of the matcher, "MentorGroups.Matching".</summary>
    public const string LoggerCategory = "MentorGroups.Matching";

    /// <summary>The name of the activity started for each match, "mentorgroups.match".</summary>
    public const string MatchActivityName = "mentorgroups.match";

    /// <summary>Histogram of how long a match took, in seconds.</summary>
    public const string MatchDurationInstrument = "mentorgroups.match.duration";

    /// <summary>Counter of groups formed.</summary>
    public const string GroupsFormedInstrument = "mentorgroups.groups.formed";

    /// <summary>Counter of mentees placed in a group.</summary>
    public const string MenteesPlacedInstrument = "mentorgroups.mentees.placed";

    /// <summary>Counter of mentees left without a group.</summary>
    public const string MenteesUnmatchedInstrument = "mentorgroups.mentees.unmatched";

    /// <summary>Tag (on every instrument and the activity): the strategy's name.</summary>
    public const string StrategyTag = "mentorgroups.strategy";

    /// <summary>Activity tag: the programme's id.</summary>
    public const string ProgrammeIdTag = "mentorgroups.programme.id";

    /// <summary>Activity tag: the number of mentors in the request.</summary>
    public const string MentorCountTag = "mentorgroups.mentors";

    /// <summary>Activity tag: the number of mentees in the request.</summary>
    public const string MenteeCountTag = "mentorgroups.mentees";

    /// <summary>Activity tag: the number of groups formed.</summary>
    public const string GroupCountTag = "mentorgroups.groups";

    /// <summary>Activity tag: the number of mentees left without a group.</summary>
    public const string UnmatchedCountTag = "mentorgroups.unmatched";

    /// <summary>Tag on the duration and the activity when a match fails: the exception's type.</summary>
    public const string ErrorTypeTag = "error.type";
}
