using System.Text;
using System.Text.Json;
using MentorGroups.Cli.Input;

namespace MentorGroups.Cli.Output;

/// <summary>Writes and reads the result JSON.</summary>
internal static class ResultFile
{
    public static string ToJson(ResultDocument document) =>
        JsonSerializer.Serialize(document, CliJsonContext.Files.ResultDocument) + "\n";

    /// <summary>Reads a result file written by <c>match --json</c>.</summary>
    /// <exception cref="InputException">The file is missing, too large, not JSON, or of another version.</exception>
    public static ResultDocument Read(string path)
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

        if (info.Length > InputLimits.MaxJsonBytes)
        {
            throw new InputException(new InputProblem(name, null, null, null, InputCodes.FileTooLarge, $"A result file is at most {InputLimits.MaxJsonBytes / (1024 * 1024)} MiB."));
        }

        return Parse(name, File.ReadAllText(path, Encoding.UTF8));
    }

    /// <exception cref="InputException">The text is not a result document of this version.</exception>
    public static ResultDocument Parse(string source, string json)
    {
        ResultDocument? document;
        try
        {
            document = JsonSerializer.Deserialize(json, CliJsonContext.Default.ResultDocument);
        }
        catch (JsonException ex)
        {
            throw new InputException(ProgrammeSettings.JsonProblem(source, ex));
        }

        if (document is null)
        {
            throw new InputException(new InputProblem(source, 1, 1, null, InputCodes.MalformedJson, "The result must be a JSON object."));
        }

        if (document.Version != ResultDocument.CurrentVersion)
        {
            throw new InputException(new InputProblem(source, null, null, "$.version", InputCodes.UnsupportedVersion,
                $"Result version {document.Version} is not supported; this tool reads version {ResultDocument.CurrentVersion}."));
        }

        return document;
    }
}
