namespace MentorGroups.Cli.Input;

/// <summary>The column names of the participants CSV (docs/file-formats.md). Any other column is kept as an attribute.</summary>
internal static class ParticipantColumns
{
    public const string Id = "id";
    public const string DisplayName = "display_name";
    public const string Role = "role";
    public const string Capacity = "capacity";
    public const string Goals = "goals";
    public const string Expertise = "expertise";
    public const string Languages = "languages";
    public const string OrgUnit = "org_unit";
    public const string ManagerId = "manager_id";
    public const string Seniority = "seniority";
    public const string TimeZone = "time_zone";
    public const string Availability = "availability";
    public const string Email = "email";

    /// <summary>Every known column, in the order the sample and the docs use.</summary>
    public static IReadOnlyList<string> All { get; } =
        [Id, DisplayName, Role, Capacity, Goals, Expertise, Languages, OrgUnit, ManagerId, Seniority, TimeZone, Availability, Email];

    /// <summary>Columns without which no row can be read.</summary>
    public static IReadOnlyList<string> Required { get; } = [Id, Role];

    /// <summary>The separator inside list cells (goals, expertise, languages).</summary>
    public const char ListSeparator = ';';

    /// <summary>The role words the file may use, and what they mean.</summary>
    public static IReadOnlyDictionary<string, Enrolments.ProgrammeRole> Roles { get; } =
        new Dictionary<string, Enrolments.ProgrammeRole>(StringComparer.OrdinalIgnoreCase)
        {
            ["mentor"] = Enrolments.ProgrammeRole.Mentor,
            ["co-mentor"] = Enrolments.ProgrammeRole.CoMentor,
            ["mentee"] = Enrolments.ProgrammeRole.Mentee,
        };

    /// <summary>The word a role is written as, the inverse of <see cref="Roles"/>.</summary>
    public static string RoleWord(Enrolments.ProgrammeRole role) => role switch
    {
        Enrolments.ProgrammeRole.Mentor => "mentor",
        Enrolments.ProgrammeRole.CoMentor => "co-mentor",
        _ => "mentee",
    };
}
