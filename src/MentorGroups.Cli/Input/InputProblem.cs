using System.Globalization;
using System.Text;

namespace MentorGroups.Cli.Input;

/// <summary>
/// One thing wrong with an input file: where (file, line, column or JSON path), a stable code and what is wrong.
/// Messages name ids and line numbers only, never display names or free text.
/// </summary>
/// <param name="File">The file as the user named it.</param>
/// <param name="Line">The 1-based line, or <see langword="null"/> when the problem concerns the whole file.</param>
/// <param name="Column">The 1-based column (CSV field number, or JSON character position), or <see langword="null"/>.</param>
/// <param name="Field">The column name or JSON path, or <see langword="null"/>.</param>
/// <param name="Code">A stable code (the library's <c>ErrorCodes</c>, or one of <see cref="InputCodes"/>).</param>
/// <param name="Message">What is wrong and, where it helps, how to fix it.</param>
internal sealed record InputProblem(string File, int? Line, int? Column, string? Field, string Code, string Message)
{
    /// <summary>Formats as <c>participants.csv:12:5 (time_zone): message [code]</c>, the shape editors and CI logs link.</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        var text = new StringBuilder(File);
        if (Line is { } line)
        {
            text.Append(CultureInfo.InvariantCulture, $":{line}");
            if (Column is { } column)
            {
                text.Append(CultureInfo.InvariantCulture, $":{column}");
            }
        }

        if (Field is not null)
        {
            text.Append(" (").Append(Field).Append(')');
        }

        return text.Append(": ").Append(Message).Append(" [").Append(Code).Append(']').ToString();
    }
}

/// <summary>Codes for problems only the tool finds (file-level and format problems); the library's codes cover the rest.</summary>
internal static class InputCodes
{
    /// <summary>The file does not exist or cannot be opened.</summary>
    public const string FileNotFound = "file.not-found";

    /// <summary>The file is larger than the tool reads.</summary>
    public const string FileTooLarge = "file.too-large";

    /// <summary>The file has more rows, columns or a longer record than the tool reads.</summary>
    public const string LimitExceeded = "file.limit-exceeded";

    /// <summary>The CSV is malformed (quoting, field count).</summary>
    public const string MalformedCsv = "csv.malformed";

    /// <summary>A required column is missing from the header.</summary>
    public const string MissingColumn = "csv.column-missing";

    /// <summary>A column's name is one or two edits from a known column's (a misspelling).</summary>
    public const string UnknownColumn = "csv.column-unknown";

    /// <summary>The file's bytes are not valid in its encoding (UTF-8 unless --encoding says otherwise).</summary>
    public const string InvalidEncoding = "file.encoding-invalid";

    /// <summary>A cell holds a control character (NUL, escape, C1 codes).</summary>
    public const string ControlCharacter = "csv.control-character";

    /// <summary>An output is the same file as an input, or as another output.</summary>
    public const string OutputIsInput = "output.same-file";

    /// <summary>An output file exists and is read-only.</summary>
    public const string OutputReadOnly = "output.read-only";

    /// <summary>Two columns have the same name.</summary>
    public const string DuplicateColumn = "csv.column-duplicate";

    /// <summary>A value cannot be read (not a number, not a known role).</summary>
    public const string BadValue = "csv.value-invalid";

    /// <summary>A required value is empty.</summary>
    public const string MissingValue = "csv.value-missing";

    /// <summary>The file has no data rows.</summary>
    public const string Empty = "file.empty";

    /// <summary>The JSON cannot be read.</summary>
    public const string MalformedJson = "json.malformed";

    /// <summary>The JSON version is missing or not supported.</summary>
    public const string UnsupportedVersion = "json.version-unsupported";

    /// <summary>A settings value is not known (policy preset, criterion name, limit kind).</summary>
    public const string UnknownSetting = "settings.unknown-value";

    /// <summary>A settings field is not part of the format (a misspelling, usually).</summary>
    public const string UnknownField = "settings.field-unknown";

    /// <summary>A settings value has the wrong kind (text for a number) or is out of range.</summary>
    public const string BadSetting = "settings.value-invalid";

    /// <summary>A participant named on the command line is not in the input.</summary>
    public const string UnknownParticipant = "participant.unknown";

    /// <summary>The organisation chart names a person twice, or someone as their own manager.</summary>
    public const string ChartDuplicate = "chart.person-duplicate";

    /// <summary>The organisation chart's line managers go round in a circle.</summary>
    public const string ChartCycle = "chart.cycle";

    /// <summary>The organisation chart and the participants file name different line managers for one person.</summary>
    public const string ChartConflict = "chart.manager-conflict";
}

/// <summary>Thrown when input is invalid; carries every problem found so the command can print them all.</summary>
internal sealed class InputException : Exception
{
    public InputException(IReadOnlyList<InputProblem> problems)
        : base($"The input has {problems.Count} problem(s).") => Problems = problems;

    public InputException(InputProblem problem)
        : this([problem])
    {
    }

    public InputException()
        : this([])
    {
    }

    public InputException(string message)
        : base(message) => Problems = [];

    public InputException(string message, Exception innerException)
        : base(message, innerException) => Problems = [];

    /// <summary>Every problem found.</summary>
    public IReadOnlyList<InputProblem> Problems { get; }
}
