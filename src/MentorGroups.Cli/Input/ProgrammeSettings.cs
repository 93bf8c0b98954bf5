using System.Text.Json;
using MentorGroups.Rules.Criteria;
using MentorGroups.Policies;
using MentorGroups.Programmes;
using MentorGroups.Settings;
using MentorGroups.Strategies;
using MentorGroups.Validation;

namespace MentorGroups.Cli.Input;

/// <summary>Programme settings resolved into library types: what a run of <c>match</c> uses.</summary>
internal sealed record ProgrammeSettings(
    Programme Programme,
    string Strategy,
    IReadOnlyList<WeightedCriterion> Criteria,
    int Seed,
    bool RequireCommonLanguage)
{
    /// <summary>The settings version this tool reads and writes.</summary>
    public const int CurrentVersion = 1;

    /// <summary>The most levels of a management chain the settings may ask to keep apart.</summary>
    public const int MaxManagementLevels = 20;

    /// <summary>
    /// Whether and how far people are kept apart from their management chain (<c>managementChain</c> in the settings);
    /// <see langword="null"/> when the settings do not ask and no organisation chart is given.
    /// </summary>
    public ManagementChainRule? ManagementChain { get; init; }

    /// <summary>The organisation chart given with --org-chart, or <see langword="null"/>.</summary>
    public OrganisationChartTable? OrganisationChart { get; init; }

    /// <summary>The presets by name.</summary>
    public static IReadOnlyDictionary<string, GroupSizePolicy> Presets { get; } =
        SizePolicyPresets.Names.ToDictionary(n => n, n => SizePolicyPresets.TryGet(n, out var p) ? p : throw new InvalidOperationException(n), StringComparer.OrdinalIgnoreCase);

    /// <summary>Defaults: a group programme under the recommended policy, the recommended strategy (group formation), default weights, seed 0.</summary>
    public static ProgrammeSettings Default { get; } = Resolve(new SettingsDocument { Version = CurrentVersion }, "defaults", MatchingStrategyCatalog.CreateDefault(), [], _ => (null, null))!;

    /// <summary>Reads a settings file.</summary>
    /// <param name="path">The file.</param>
    /// <param name="catalog">The strategies a name may refer to.</param>
    /// <returns>The settings.</returns>
    /// <exception cref="InputException">Every problem found.</exception>
    public static ProgrammeSettings ReadFile(string path, MatchingStrategyCatalog catalog)
    {
        var name = Path.GetFileName(path);
        if (Directory.Exists(path))
        {
            throw new InputException(new InputProblem(path, null, null, null, InputCodes.FileNotFound, "This is a folder; give the JSON file inside it."));
        }

        var info = new FileInfo(path);
        if (!info.Exists)
        {
            throw new InputException(new InputProblem(path, null, null, null, InputCodes.FileNotFound, "The file does not exist."));
        }

        if (info.Length > 1024 * 1024)
        {
            throw new InputException(new InputProblem(name, null, null, null, InputCodes.FileTooLarge, "A settings file is at most 1 MiB."));
        }

        return ReadBytes(name, File.ReadAllBytes(path), catalog);
    }

    /// <summary>Reads the bytes of a settings file (UTF-8, with or without a byte order mark).</summary>
    /// <exception cref="InputException">Every problem found.</exception>
    public static ProgrammeSettings ReadBytes(string source, byte[] bytes, MatchingStrategyCatalog catalog)
    {
        if (!System.Text.Unicode.Utf8.IsValid(bytes))
        {
            throw new InputException(new InputProblem(source, null, null, null, InputCodes.InvalidEncoding,
                "The settings file is not valid UTF-8; save it as UTF-8 (every JSON editor can)."));
        }

        return ReadText(source, System.Text.Encoding.UTF8.GetString(bytes), catalog);
    }

    /// <summary>Reads settings JSON text.</summary>
    /// <param name="source">The name used in messages.</param>
    /// <param name="json">The JSON.</param>
    /// <param name="catalog">The strategies a name may refer to.</param>
    /// <returns>The settings.</returns>
    /// <exception cref="InputException">Every problem found.</exception>
    public static ProgrammeSettings ReadText(string source, string json, MatchingStrategyCatalog catalog)
    {
        var problems = new List<InputProblem>();
        var (document, position) = SettingsJson.Read(source, json, problems);
        if (document is null)
        {
            throw new InputException(problems);
        }

        var settings = Resolve(document, source, catalog, problems, position);
        return problems.Count > 0 ? throw new InputException(problems.OrderBy(p => p.Line ?? 0).ThenBy(p => p.Column ?? 0).ToArray()) : settings!;
    }

    /// <summary>Turns a JSON reading error into a problem with line and column (the reader counts from 0).</summary>
    public static InputProblem JsonProblem(string source, JsonException ex) =>
        new(source, ex.LineNumber is { } l ? (int)l + 1 : null, ex.BytePositionInLine is { } c ? (int)c + 1 : null,
            string.IsNullOrEmpty(ex.Path) || ex.Path == "$" ? null : ex.Path, InputCodes.MalformedJson,
            ex.Message.Contains("could not be converted", StringComparison.Ordinal) || ex.Message.Contains("could not be mapped", StringComparison.Ordinal)
                ? "A field has a value of the wrong kind, or is not part of the format; was the file written by match --json of this version?"
                : SettingsJson.Plain(ex.Message));

    private static ProgrammeSettings? Resolve(
        SettingsDocument document, string source, MatchingStrategyCatalog catalog, List<InputProblem> problems, Func<string, (int? Line, int? Column)> position)
    {
        void Add(string path, string code, string message)
        {
            var (line, column) = position(path);
            problems.Add(new InputProblem(source, line, column, path, code, message));
        }

        if (document.Version != CurrentVersion)
        {
            Add("$.version", InputCodes.UnsupportedVersion, document.Version is null
                ? $"The settings need a \"version\" field; this tool reads version {CurrentVersion}."
                : $"Version {document.Version} is not supported; this tool reads version {CurrentVersion}.");
        }

        var policy = ResolvePolicy(document, Add);
        var format = ReferenceEquals(policy, GroupSizePolicy.OneToOne) || policy?.MaxMentees.Value == 1 && policy.MaxMentors.Value == 1
            ? ProgrammeFormat.OneToOne
            : policy is { IsMentored: false } ? ProgrammeFormat.PeerGroup : ProgrammeFormat.Group;

        var strategy = string.IsNullOrWhiteSpace(document.Strategy) ? MatchingStrategyCatalog.RecommendedStrategy : document.Strategy.Trim();
        if (!catalog.Contains(strategy))
        {
            Add("$.strategy", ErrorCodes.UnknownStrategy, $"No matching strategy is named '{strategy}'; known: {string.Join(", ", catalog.Names)}.");
        }

        var criteria = ResolveWeights(document.Weights, Add);
        var chain = ResolveManagementChain(document.ManagementChain, Add);
        Programme? programme = null;
        if (policy is not null)
        {
            var section = document.Programme;
            var builder = Programme.Builder(section?.Id ?? "programme", section?.Name ?? "Mentoring programme")
                .WithPurpose(section?.Purpose)
                .WithSharedLearningGoal(section?.SharedLearningGoal, section?.SharedGoalTags ?? [])
                .WithFormat(format)
                .WithSizePolicy(policy)
                .InStatus(ProgrammeStatus.Matching);
            if (section?.StartDate is { } start && section.EndDate is { } end)
            {
                builder.RunningFrom(start, end);
            }
            else if (section?.StartDate is not null || section?.EndDate is not null)
            {
                Add("$.programme", InputCodes.BadSetting, "Give both startDate and endDate, or neither.");
            }

            try
            {
                programme = builder.Build();
            }
            catch (MentorGroupsValidationException ex)
            {
                foreach (var error in ex.Errors)
                {
                    Add("$.programme", error.Code, error.Message);
                }
            }
        }

        if (problems.Count > 0)
        {
            return null;
        }

        return new ProgrammeSettings(programme!, strategy, criteria, document.Seed ?? 0, document.RequireCommonLanguage ?? false)
        {
            ManagementChain = chain,
        };
    }

    private static GroupSizePolicy? ResolvePolicy(SettingsDocument document, Action<string, string, string> add)
    {
        var presetName = string.IsNullOrWhiteSpace(document.Policy) ? SizePolicyPresets.Recommended : document.Policy.Trim();
        if (!SizePolicyPresets.TryGet(presetName, out var preset))
        {
            add("$.policy", InputCodes.UnknownSetting, $"'{presetName}' is not a policy preset; use one of {string.Join(", ", Presets.Keys)}.");
            return null;
        }

        if (document.Limits is not { } limits)
        {
            return preset;
        }

        var ok = true;
        SizeLimit Pick(LimitSetting? setting, SizeLimit fallback, string name)
        {
            if (setting is null)
            {
                return fallback;
            }

            LimitKind? kind = string.IsNullOrWhiteSpace(setting.Kind) ? LimitKind.Hard
                : SizePolicyPresets.TryParseLimitKind(setting.Kind, out var parsed) ? parsed : null;
            if (kind is null)
            {
                var closest = ColumnNames.Closest(setting.Kind!, ["hard", "recommendation"])
                    ?? (setting.Kind!.Trim().StartsWith("recommend", StringComparison.OrdinalIgnoreCase) ? "recommendation" : null);
                add($"$.limits.{name}.kind", InputCodes.UnknownSetting,
                    $"'{setting.Kind}' is not a limit kind; use hard or recommendation{(closest is null ? string.Empty : $" (did you mean '{closest}'?)")}.");
            }

            if (!setting.HasValue)
            {
                ok = false;
            }

            // A bad kind is reported above; the value is still checked against the other limits, so that every
            // problem of the section shows at once.
            return new SizeLimit(setting.Value, kind ?? LimitKind.Hard, setting.Rationale ?? fallback.Rationale);
        }

        var minMentors = Pick(limits.MinMentors, preset.MinMentors, "minMentors");
        var maxMentors = Pick(limits.MaxMentors, preset.MaxMentors, "maxMentors");
        var minMentees = Pick(limits.MinMentees, preset.MinMentees, "minMentees");
        var maxMentees = Pick(limits.MaxMentees, preset.MaxMentees, "maxMentees");
        var ratio = Pick(limits.MaxMenteesPerMentor, preset.MaxMenteesPerMentor, "maxMenteesPerMentor");
        if (!ok)
        {
            return null;
        }

        try
        {
            return GroupSizePolicy.Create(minMentors, maxMentors, minMentees, maxMentees, ratio);
        }
        catch (MentorGroupsValidationException ex)
        {
            foreach (var error in ex.Errors)
            {
                add("$.limits", error.Code, error.Message);
            }

            return null;
        }
    }

    private static ManagementChainRule? ResolveManagementChain(ManagementChainSection? section, Action<string, string, string> add)
    {
        if (section is null)
        {
            return null;
        }

        var levels = section.Levels ?? Rules.Constraints.ManagementChainConstraint.DefaultLevels;
        if (levels is < 1 or > MaxManagementLevels)
        {
            add("$.managementChain.levels", InputCodes.BadSetting,
                $"'levels' must be from 1 (the line manager only) to {MaxManagementLevels}; got {levels}.");
        }

        return new ManagementChainRule(levels, section.SeparateTeammates ?? false);
    }

    private static IReadOnlyList<WeightedCriterion> ResolveWeights(Dictionary<string, double>? weights, Action<string, string, string> add)
    {
        try
        {
            return WeightSettings.Criteria(weights);
        }
        catch (MentorGroupsValidationException ex)
        {
            // The core's words; each error points at the weight it names, or at the section for one about all weights.
            foreach (var error in ex.Errors)
            {
                add(error.Target is { } name ? $"$.weights.{name}" : "$.weights", error.Code == ErrorCodes.UnknownWeight ? InputCodes.UnknownSetting : error.Code, error.Message);
            }

            return ScoringCriteria.Default();
        }
    }
}

/// <summary>Keeps everyone apart from the people up to <paramref name="Levels"/> levels up their management chain, and optionally two mentees of one manager.</summary>
internal sealed record ManagementChainRule(int Levels, bool SeparateTeammates);
