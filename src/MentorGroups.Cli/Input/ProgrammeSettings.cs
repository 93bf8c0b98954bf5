using System.Text.Json;
using MentorGroups.Rules.Criteria;
using MentorGroups.Policies;
using MentorGroups.Programmes;
using MentorGroups.Strategies;
using MentorGroups.Strategies.Greedy;
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

    /// <summary>The presets by name.</summary>
    public static IReadOnlyDictionary<string, GroupSizePolicy> Presets { get; } =
        new Dictionary<string, GroupSizePolicy>(StringComparer.OrdinalIgnoreCase)
        {
            ["recommended"] = GroupSizePolicy.Recommended,
            ["common-form"] = GroupSizePolicy.CommonForm,
            ["one-to-one"] = GroupSizePolicy.OneToOne,
            ["peer-group"] = GroupSizePolicy.PeerGroup,
        };

    /// <summary>Defaults: a group programme under the recommended policy, greedy strategy, default weights, seed 0.</summary>
    public static ProgrammeSettings Default { get; } = Resolve(new SettingsDocument { Version = CurrentVersion }, "defaults", MatchingStrategyCatalog.CreateDefault());

    /// <summary>Reads a settings file.</summary>
    /// <param name="path">The file.</param>
    /// <param name="catalog">The strategies a name may refer to.</param>
    /// <returns>The settings.</returns>
    /// <exception cref="InputException">Every problem found.</exception>
    public static ProgrammeSettings ReadFile(string path, MatchingStrategyCatalog catalog)
    {
        var name = Path.GetFileName(path);
        var info = new FileInfo(path);
        if (!info.Exists)
        {
            throw new InputException(new InputProblem(path, null, null, null, InputCodes.FileNotFound, "The file does not exist."));
        }

        if (info.Length > 1024 * 1024)
        {
            throw new InputException(new InputProblem(name, null, null, null, InputCodes.FileTooLarge, "A settings file is at most 1 MiB."));
        }

        return ReadText(name, File.ReadAllText(path), catalog);
    }

    /// <summary>Reads settings JSON text.</summary>
    /// <param name="source">The name used in messages.</param>
    /// <param name="json">The JSON.</param>
    /// <param name="catalog">The strategies a name may refer to.</param>
    /// <returns>The settings.</returns>
    /// <exception cref="InputException">Every problem found.</exception>
    public static ProgrammeSettings ReadText(string source, string json, MatchingStrategyCatalog catalog)
    {
        SettingsDocument? document;
        try
        {
            document = JsonSerializer.Deserialize(json, CliJsonContext.Default.SettingsDocument);
        }
        catch (JsonException ex)
        {
            throw new InputException(JsonProblem(source, ex));
        }

        if (document is null)
        {
            throw new InputException(new InputProblem(source, 1, 1, null, InputCodes.MalformedJson, "The settings must be a JSON object."));
        }

        return Resolve(document, source, catalog);
    }

    /// <summary>Turns a JSON reading error into a problem with line and column (the reader counts from 0).</summary>
    public static InputProblem JsonProblem(string source, JsonException ex)
    {
        // The reader's message ends with its own position details; ours are in the line and column.
        var message = ex.Message;
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        if (cut > 0)
        {
            message = message[..cut];
        }

        return new InputProblem(source, ex.LineNumber is { } l ? (int)l + 1 : null, ex.BytePositionInLine is { } c ? (int)c + 1 : null,
            string.IsNullOrEmpty(ex.Path) ? null : ex.Path, InputCodes.MalformedJson, message.Trim());
    }

    private static ProgrammeSettings Resolve(SettingsDocument document, string source, MatchingStrategyCatalog catalog)
    {
        var problems = new List<InputProblem>();
        void Add(string path, string code, string message) => problems.Add(new InputProblem(source, null, null, path, code, message));

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

        var strategy = string.IsNullOrWhiteSpace(document.Strategy) ? GreedyStrategyOptions.DefaultName : document.Strategy.Trim();
        if (!catalog.Contains(strategy))
        {
            Add("$.strategy", ErrorCodes.UnknownStrategy, $"No matching strategy is named '{strategy}'; known: {string.Join(", ", catalog.Names)}.");
        }

        var criteria = ResolveWeights(document.Weights, Add);
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
            try
            {
                programme = builder.Build();
            }
            catch (MentorGroupsValidationException ex)
            {
                problems.AddRange(ex.Errors.Select(e => new InputProblem(source, null, null, "$.programme", e.Code, e.Message)));
            }
        }

        if (problems.Count > 0)
        {
            throw new InputException(problems);
        }

        return new ProgrammeSettings(programme!, strategy, criteria, document.Seed ?? 0, document.RequireCommonLanguage ?? false);
    }

    private static GroupSizePolicy? ResolvePolicy(SettingsDocument document, Action<string, string, string> add)
    {
        var presetName = string.IsNullOrWhiteSpace(document.Policy) ? "recommended" : document.Policy.Trim();
        if (!Presets.TryGetValue(presetName, out var preset))
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

            var kind = setting.Kind?.Trim().ToUpperInvariant() switch
            {
                null or "" or "HARD" => LimitKind.Hard,
                "RECOMMENDED" or "RECOMMENDATION" => LimitKind.Recommendation,
                _ => (LimitKind?)null,
            };
            if (kind is null)
            {
                add($"$.limits.{name}.kind", InputCodes.UnknownSetting, $"'{setting.Kind}' is not a limit kind; use hard or recommended.");
                ok = false;
                return fallback;
            }

            return new SizeLimit(setting.Value, kind.Value, setting.Rationale ?? fallback.Rationale);
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

    private static IReadOnlyList<WeightedCriterion> ResolveWeights(Dictionary<string, double>? weights, Action<string, string, string> add)
    {
        var defaults = ScoringCriteria.Default();
        if (weights is null)
        {
            return defaults;
        }

        var known = defaults.Select(c => c.Criterion.Name).ToArray();
        foreach (var name in weights.Keys.Where(k => !known.Contains(k, StringComparer.Ordinal)))
        {
            add($"$.weights.{name}", InputCodes.UnknownSetting, $"'{name}' is not a criterion; known: {string.Join(", ", known)}.");
        }

        foreach (var (name, weight) in weights.Where(w => !double.IsFinite(w.Value) || w.Value < 0))
        {
            add($"$.weights.{name}", ErrorCodes.InvalidWeight, $"The weight of '{name}' must be zero or more; got {weight}.");
        }

        if (defaults.All(c => (weights.TryGetValue(c.Criterion.Name, out var w) ? w : c.Weight) <= 0))
        {
            add("$.weights", ErrorCodes.InvalidWeight, "At least one criterion needs a weight above zero.");
        }

        return defaults.Select(c => weights.TryGetValue(c.Criterion.Name, out var w) ? c with { Weight = w } : c).ToArray();
    }
}
