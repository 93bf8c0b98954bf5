using System.Text.Json.Serialization;
using MentorGroups.Cli.Input;
using MentorGroups.Cli.Output;

namespace MentorGroups.Cli;

/// <summary>Source-generated JSON for the result files (settings are read field by field by SettingsJson): no reflection, so trimming and AOT stay safe.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    WriteIndented = true,
    ReadCommentHandling = System.Text.Json.JsonCommentHandling.Skip,
    AllowTrailingCommas = true,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true,
    NewLine = "\n")]
[JsonSerializable(typeof(ResultDocument))]
internal sealed partial class CliJsonContext : JsonSerializerContext
{
    /// <summary>
    /// The context for writing files: letters such as æ, ø and å are written as they are, not as \u escapes, so people
    /// can read the file. (The file is never embedded in HTML, where the default escaping matters.)
    /// </summary>
    /// <remarks>Created on first use: static initialisers of the generated half of this class may run after ours.</remarks>
    public static CliJsonContext Files => _files ??= new(new System.Text.Json.JsonSerializerOptions(Default.Options)
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    private static CliJsonContext? _files;
}
