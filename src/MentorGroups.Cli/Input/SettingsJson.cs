using System.Globalization;
using System.Text;
using System.Text.Json;

namespace MentorGroups.Cli.Input;

/// <summary>
/// Reads the settings JSON into a <see cref="SettingsDocument"/> by hand, field by field, so that every problem is
/// found in one go and told in plain words with its line, column and JSON path: syntax errors, unknown fields (with
/// the closest known one), and values of the wrong kind. No message carries a .NET type or reader internals.
/// </summary>
internal sealed class SettingsJson
{
    private static readonly string[] RootFields = ["version", "programme", "policy", "limits", "strategy", "weights", "seed", "requireCommonLanguage", "managementChain"];
    private static readonly string[] ManagementChainFields = ["levels", "separateTeammates"];
    private static readonly string[] ProgrammeFields = ["id", "name", "purpose", "sharedLearningGoal", "sharedGoalTags", "startDate", "endDate"];
    private static readonly string[] LimitNames = ["minMentors", "maxMentors", "minMentees", "maxMentees", "maxMenteesPerMentor"];
    private static readonly string[] LimitFields = ["value", "kind", "rationale"];

    private readonly string _source;
    private readonly byte[] _utf8;
    private readonly Dictionary<string, long> _offsets;
    private readonly List<InputProblem> _problems = [];

    private SettingsJson(string source, byte[] utf8, Dictionary<string, long> offsets)
    {
        _source = source;
        _utf8 = utf8;
        _offsets = offsets;
    }

    /// <summary>Reads settings text.</summary>
    /// <param name="source">The file name for messages.</param>
    /// <param name="json">The text.</param>
    /// <param name="problems">Receives every problem; the document is only complete when none was added.</param>
    /// <returns>The document, or <see langword="null"/> when the text is not JSON at all.</returns>
    public static (SettingsDocument? Document, Func<string, (int? Line, int? Column)> Position) Read(string source, string json, List<InputProblem> problems)
    {
        var utf8 = Encoding.UTF8.GetBytes(json.StartsWith('\uFEFF') ? json[1..] : json);
        var options = new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 32 };
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(utf8, options);
        }
        catch (JsonException ex)
        {
            problems.Add(new InputProblem(source, ex.LineNumber is { } l ? (int)l + 1 : null, ex.BytePositionInLine is { } c ? (int)c + 1 : null, null,
                InputCodes.MalformedJson, Plain(ex.Message)));
            return (null, _ => (null, null));
        }

        using (document)
        {
            var reader = new SettingsJson(source, utf8, Offsets(utf8));
            var settings = reader.Root(document.RootElement);
            problems.AddRange(reader._problems);
            return (settings, reader.Position);
        }
    }

    /// <summary>The reader's syntax error in plain words (its own message names internals such as "isFinalBlock").</summary>
    public static string Plain(string message) => message switch
    {
        _ when message.Contains("does not contain any JSON tokens", StringComparison.Ordinal)
            => "The file is empty; it must hold a JSON object such as { \"version\": 1 }.",
        _ when message.Contains("within a JSON string", StringComparison.Ordinal) || message.Contains("end of string", StringComparison.Ordinal)
            => "A text is not closed by a double quote, or holds a line break or control character; write line breaks as \\n.",
        _ when message.Contains("Expected depth to be zero", StringComparison.Ordinal) || message.Contains("end of the JSON payload", StringComparison.Ordinal)
            || message.Contains("reached end of data", StringComparison.Ordinal) || message.Contains("invalid end of a number", StringComparison.Ordinal)
            => "The text ends before every { or [ is closed; add the missing } or ].",
        _ when message.Contains("after a property name", StringComparison.Ordinal)
            => "A ':' must follow a field name.",
        _ when message.Contains("after a value", StringComparison.Ordinal) || message.Contains("Expected either ','", StringComparison.Ordinal)
            => "A ',' or a closing } or ] is missing here.",
        _ when message.Contains("start of a property name", StringComparison.Ordinal)
            => "A field name must be in double quotes.",
        _ when message.Contains("maximum configured depth", StringComparison.Ordinal)
            => "The text nests objects or lists too deeply for settings.",
        _ when message.Contains("invalid start of a value", StringComparison.Ordinal)
            => "This is not a JSON value; texts need double quotes, and true, false and null are written in lower case.",
        _ => "The text is not valid JSON here.",
    };

    /// <summary>The line and column of a field from its JSON path, when the field is in the file.</summary>
    public (int? Line, int? Column) Position(string path)
    {
        if (!_offsets.TryGetValue(path, out var offset))
        {
            return (null, null);
        }

        var before = _utf8.AsSpan(0, (int)offset);
        var lineStart = before.LastIndexOf((byte)'\n') + 1;
        return (before.Count((byte)'\n') + 1, Encoding.UTF8.GetCharCount(before[lineStart..]) + 1);
    }

    /// <summary>Where each property name and array item starts, by JSON path.</summary>
    private static Dictionary<string, long> Offsets(byte[] utf8)
    {
        var offsets = new Dictionary<string, long>(StringComparer.Ordinal) { ["$"] = 0 };
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 32 });
        var path = new Stack<Container>();
        string? pending = null;
        while (reader.Read())
        {
            var start = reader.TokenStartIndex;
            switch (reader.TokenType)
            {
                case JsonTokenType.PropertyName:
                    pending = path.Peek().Path + "." + reader.GetString();
                    offsets.TryAdd(pending, start);
                    break;
                case JsonTokenType.StartObject or JsonTokenType.StartArray:
                    path.Push(new Container(Here(path, ref pending, offsets, start), reader.TokenType == JsonTokenType.StartArray));
                    break;
                case JsonTokenType.EndObject or JsonTokenType.EndArray:
                    path.Pop();
                    break;
                default:
                    _ = Here(path, ref pending, offsets, start);
                    break;
            }
        }

        return offsets;
    }

    /// <summary>The path of the value starting here: the property just named, the next item of a list, or the root.</summary>
    private static string Here(Stack<Container> path, ref string? pending, Dictionary<string, long> offsets, long start)
    {
        if (pending is not null)
        {
            var named = pending;
            pending = null;
            return named;
        }

        if (path.Count > 0 && path.Peek() is { IsArray: true } array)
        {
            var item = string.Create(CultureInfo.InvariantCulture, $"{array.Path}[{array.NextIndex}]");
            array.NextIndex++;
            offsets.TryAdd(item, start);
            return item;
        }

        return "$";
    }

    private sealed class Container(string path, bool isArray)
    {
        public string Path { get; } = path;

        public bool IsArray { get; } = isArray;

        public int NextIndex { get; set; }
    }

    private void Add(string path, string code, string message)
    {
        var (line, column) = Position(path);
        _problems.Add(new InputProblem(_source, line, column, path, code, message));
    }

    private SettingsDocument? Root(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            Add("$", InputCodes.MalformedJson, $"The settings must be a JSON object {{ … }}; this is {Kind(root)}.");
            return null;
        }

        Fields(root, "$", RootFields);
        return new SettingsDocument
        {
            Version = Integer(root, "$", "version"),
            Programme = Object(root, "$", "programme") is { } p ? Programme(p) : null,
            Policy = Text(root, "$", "policy"),
            Limits = Object(root, "$", "limits") is { } l ? Limits(l) : null,
            Strategy = Text(root, "$", "strategy"),
            Weights = Object(root, "$", "weights") is { } w ? Weights(w) : null,
            Seed = Integer(root, "$", "seed"),
            RequireCommonLanguage = Boolean(root, "$", "requireCommonLanguage"),
            ManagementChain = Object(root, "$", "managementChain") is { } c ? ManagementChain(c) : null,
        };
    }

    private ManagementChainSection ManagementChain(JsonElement section)
    {
        const string Path = "$.managementChain";
        Fields(section, Path, ManagementChainFields);
        return new ManagementChainSection
        {
            Levels = Integer(section, Path, "levels"),
            SeparateTeammates = Boolean(section, Path, "separateTeammates"),
        };
    }

    private ProgrammeSection Programme(JsonElement section)
    {
        const string Path = "$.programme";
        Fields(section, Path, ProgrammeFields);
        List<string>? tags = null;
        if (Property(section, "sharedGoalTags") is { } list)
        {
            if (list.ValueKind != JsonValueKind.Array)
            {
                Add(Path + ".sharedGoalTags", InputCodes.BadSetting, $"'sharedGoalTags' must be a list of texts such as [\"leadership\"]; this is {Kind(list)}.");
            }
            else
            {
                tags = [];
                var index = 0;
                foreach (var item in list.EnumerateArray())
                {
                    if (item.ValueKind == JsonValueKind.String)
                    {
                        tags.Add(item.GetString()!);
                    }
                    else
                    {
                        Add(string.Create(CultureInfo.InvariantCulture, $"{Path}.sharedGoalTags[{index}]"), InputCodes.BadSetting, $"Each shared goal tag must be a text in double quotes; this is {Kind(item)}.");
                    }

                    index++;
                }
            }
        }

        return new ProgrammeSection
        {
            Id = Text(section, Path, "id"),
            Name = Text(section, Path, "name"),
            Purpose = Text(section, Path, "purpose"),
            SharedLearningGoal = Text(section, Path, "sharedLearningGoal"),
            SharedGoalTags = tags,
            StartDate = Date(section, Path, "startDate"),
            EndDate = Date(section, Path, "endDate"),
        };
    }

    private LimitsSection Limits(JsonElement section)
    {
        const string Path = "$.limits";
        Fields(section, Path, LimitNames);
        LimitSetting? Limit(string name)
        {
            if (Object(section, Path, name) is not { } limit)
            {
                return null;
            }

            var path = Path + "." + name;
            Fields(limit, path, LimitFields);
            var value = Integer(limit, path, "value");
            if (value is null && Property(limit, "value") is null)
            {
                Add(path, InputCodes.BadSetting, $"The limit '{name}' needs a \"value\", a whole number.");
            }

            return new LimitSetting { Value = value ?? 0, Kind = Text(limit, path, "kind"), Rationale = Text(limit, path, "rationale"), HasValue = value is not null };
        }

        return new LimitsSection
        {
            MinMentors = Limit("minMentors"),
            MaxMentors = Limit("maxMentors"),
            MinMentees = Limit("minMentees"),
            MaxMentees = Limit("maxMentees"),
            MaxMenteesPerMentor = Limit("maxMenteesPerMentor"),
        };
    }

    private Dictionary<string, double> Weights(JsonElement section)
    {
        var weights = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var property in section.EnumerateObject())
        {
            if (property.Value.ValueKind == JsonValueKind.Number && property.Value.TryGetDouble(out var weight))
            {
                weights[property.Name] = weight;
            }
            else
            {
                Add("$.weights." + property.Name, InputCodes.BadSetting, $"The weight of '{property.Name}' must be a number such as 1 or 2.5; this is {Kind(property.Value)}.");
            }
        }

        return weights;
    }

    /// <summary>Reports every field that is not one of <paramref name="known"/>, with the closest known one.</summary>
    private void Fields(JsonElement element, string path, string[] known)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var property in element.EnumerateObject())
        {
            if (!seen.Add(property.Name))
            {
                Add(path + "." + property.Name, InputCodes.BadSetting, $"The field '{property.Name}' is given twice; keep one.");
            }
            else if (!known.Contains(property.Name, StringComparer.Ordinal))
            {
                var closest = ColumnNames.Closest(property.Name, known);
                Add(path + "." + property.Name, InputCodes.UnknownField, closest is null
                    ? $"'{property.Name}' is not a settings field here; known: {string.Join(", ", known)}."
                    : $"'{property.Name}' is not a settings field; did you mean '{closest}'?");
            }
        }
    }

    private static JsonElement? Property(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null ? value : null;

    private JsonElement? Object(JsonElement parent, string path, string name)
    {
        if (Property(parent, name) is not { } value)
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.Object)
        {
            return value;
        }

        Add(path + "." + name, InputCodes.BadSetting, $"'{name}' must be an object {{ … }}; this is {Kind(value)}.");
        return null;
    }

    private string? Text(JsonElement parent, string path, string name)
    {
        if (Property(parent, name) is not { } value)
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.String)
        {
            return value.GetString();
        }

        Add(path + "." + name, InputCodes.BadSetting, $"'{name}' must be a text in double quotes; this is {Kind(value)}.");
        return null;
    }

    private int? Integer(JsonElement parent, string path, string name)
    {
        if (Property(parent, name) is not { } value)
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number))
        {
            return number;
        }

        Add(path + "." + name, InputCodes.BadSetting, value.ValueKind == JsonValueKind.Number
            ? $"'{name}' must be a whole number between {int.MinValue:N0} and {int.MaxValue:N0}; got {value.GetRawText()}."
            : $"'{name}' must be a whole number; this is {Kind(value)}.");
        return null;
    }

    private bool? Boolean(JsonElement parent, string path, string name)
    {
        if (Property(parent, name) is not { } value)
        {
            return null;
        }

        if (value.ValueKind is JsonValueKind.True or JsonValueKind.False)
        {
            return value.GetBoolean();
        }

        Add(path + "." + name, InputCodes.BadSetting, $"'{name}' must be true or false (without quotes); this is {Kind(value)}.");
        return null;
    }

    private DateOnly? Date(JsonElement parent, string path, string name)
    {
        if (Text(parent, path, name) is not { } text)
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        Add(path + "." + name, InputCodes.BadSetting, $"'{name}' must be a date written yyyy-MM-dd, such as \"2025-09-01\".");
        return null;
    }

    private static string Kind(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "a list",
        JsonValueKind.String => "a text",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "true or false",
        _ => "null",
    };
}
