using System.Text.Json.Serialization;
using MentorGroups.Cli.Input;
using MentorGroups.Cli.Output;

namespace MentorGroups.Cli;

/// <summary>Source-generated JSON for the settings and result files: no reflection, so trimming and AOT stay safe.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    WriteIndented = true,
    ReadCommentHandling = System.Text.Json.JsonCommentHandling.Skip,
    AllowTrailingCommas = true,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true,
    NewLine = "\n")]
[JsonSerializable(typeof(SettingsDocument))]
[JsonSerializable(typeof(ResultDocument))]
internal sealed partial class CliJsonContext : JsonSerializerContext;
