namespace MentorGroups.Cli.Input;

/// <summary>The programme settings JSON (docs/file-formats.md), as <see cref="SettingsJson"/> reads it. Every field but <see cref="Version"/> is optional.</summary>
internal sealed class SettingsDocument
{
    /// <summary>The format version; 1.</summary>
    public int? Version { get; init; }

    public ProgrammeSection? Programme { get; init; }

    /// <summary>A size-policy preset: recommended, common-form, one-to-one or peer-group.</summary>
    public string? Policy { get; init; }

    /// <summary>Limits that replace the preset's, one by one.</summary>
    public LimitsSection? Limits { get; init; }

    /// <summary>The matching strategy's name.</summary>
    public string? Strategy { get; init; }

    /// <summary>Criterion weights by name; criteria not named keep their default weight.</summary>
    public Dictionary<string, double>? Weights { get; init; }

    public int? Seed { get; init; }

    public bool? RequireCommonLanguage { get; init; }

    /// <summary>Keeps people apart from their management chain, read from the organisation chart (--org-chart) and the participants' manager_id.</summary>
    public ManagementChainSection? ManagementChain { get; init; }
}

internal sealed class ManagementChainSection
{
    /// <summary>How many levels up the chain are kept apart; 2 (line manager and their manager) when left out.</summary>
    public int? Levels { get; init; }

    /// <summary>Whether two mentees of the same line manager may not share a group; false when left out.</summary>
    public bool? SeparateTeammates { get; init; }
}

internal sealed class ProgrammeSection
{
    public string? Id { get; init; }

    public string? Name { get; init; }

    public string? Purpose { get; init; }

    public string? SharedLearningGoal { get; init; }

    public List<string>? SharedGoalTags { get; init; }

    /// <summary>The first day of the programme (calendar invites recur from the first meeting on or after it).</summary>
    public DateOnly? StartDate { get; init; }

    /// <summary>The last day of the programme (calendar invites recur until it).</summary>
    public DateOnly? EndDate { get; init; }
}

internal sealed class LimitsSection
{
    public LimitSetting? MinMentors { get; init; }

    public LimitSetting? MaxMentors { get; init; }

    public LimitSetting? MinMentees { get; init; }

    public LimitSetting? MaxMentees { get; init; }

    public LimitSetting? MaxMenteesPerMentor { get; init; }
}

internal sealed class LimitSetting
{
    public int Value { get; init; }

    /// <summary>Whether <see cref="Value"/> was given (a limit without one is a problem).</summary>
    public bool HasValue { get; init; } = true;

    /// <summary>"hard" (the default) or "recommendation", the names of the library's <c>LimitKind</c>.</summary>
    public string? Kind { get; init; }

    /// <summary>Why the limit exists, shown in warnings.</summary>
    public string? Rationale { get; init; }
}
