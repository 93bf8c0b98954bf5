using System.Globalization;
using CsvHelper;

namespace MentorGroups.Cli.Input;

/// <summary>
/// What every CSV the tool reads has in common, whatever its columns: the file checks, the byte-order mark, the
/// separator detected or given, the CsvHelper options, the header's shape, and per row the cancellation, blank rows
/// skipped, the row limit, the field count and control characters. The participants and organisation chart readers
/// add their columns and their rows' meaning.
/// </summary>
internal static class CsvTableReader
{
    /// <summary>The file's bytes, after the checks that need no reading: not a folder, exists, not too large.</summary>
    /// <param name="path">The file.</param>
    /// <param name="what">What the file holds, for the folder message ("the participants CSV").</param>
    /// <param name="tooLargeAdvice">A sentence to add when the file is too large, or empty.</param>
    /// <exception cref="InputException">The file cannot be read.</exception>
    public static byte[] ReadFileBytes(string path, string what, string tooLargeAdvice)
    {
        var name = Path.GetFileName(path);
        if (Directory.Exists(path))
        {
            throw new InputException(new InputProblem(path, null, null, null, InputCodes.FileNotFound, $"This is a folder; give {what} file inside it."));
        }

        var info = new FileInfo(path);
        if (!info.Exists)
        {
            throw new InputException(new InputProblem(path, null, null, null, InputCodes.FileNotFound, "The file does not exist."));
        }

        if (info.Length > InputLimits.MaxCsvBytes)
        {
            throw new InputException(new InputProblem(name, null, null, null, InputCodes.FileTooLarge,
                $"The file has {info.Length:N0} bytes; the tool reads at most {InputLimits.MaxCsvBytes:N0}.{tooLargeAdvice}"));
        }

        return File.ReadAllBytes(path);
    }

    /// <summary>
    /// Reads the header with <paramref name="readHeader"/>, then hands every non-blank, well-formed row to
    /// <paramref name="readRow"/> with its line number; the problems found on the way are added to
    /// <paramref name="problems"/>.
    /// </summary>
    /// <param name="source">The name used in messages.</param>
    /// <param name="text">The CSV.</param>
    /// <param name="format">The separator, or what to detect.</param>
    /// <param name="rowNoun">What a row is, for the row limit's message ("participants").</param>
    /// <param name="problems">Where problems go.</param>
    /// <param name="readHeader">Checks the header's columns; <see langword="null"/> when they cannot be read.</param>
    /// <param name="readRow">Reads one row.</param>
    /// <param name="cancellationToken">Stops reading.</param>
    /// <exception cref="InputException">The header cannot be read.</exception>
    public static void ReadRows(
        string source,
        string text,
        CsvFormat format,
        string rowNoun,
        List<InputProblem> problems,
        Func<CsvReader, HeaderContext, Dictionary<string, int>?> readHeader,
        Action<CsvReader, Dictionary<string, int>, int> readRow,
        CancellationToken cancellationToken)
    {
        text = text.StartsWith('\uFEFF') ? text[1..] : text;
        var delimiter = format.Delimiter ?? CsvFormat.DetectDelimiter(text);
        using var csv = CsvReader.FromText(text, Options(problems, source, delimiter));
        try
        {
            var header = readHeader(csv, new HeaderContext(source, problems, delimiter, format.Delimiter is null));
            if (header is null)
            {
                throw new InputException(problems);
            }

            var read = 0;
            while (csv.Read())
            {
                if ((csv.RowNumber & 0x3FF) == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }

                // Spreadsheets write rows of bare separators below the data (cells once used, now empty); they hold no one.
                if (IsBlank(csv))
                {
                    continue;
                }

                var line = (int)csv.LineNumber;
                if (++read > InputLimits.MaxRows)
                {
                    problems.Add(new InputProblem(source, line, null, null, InputCodes.LimitExceeded,
                        $"The file has more than {InputLimits.MaxRows:N0} {rowNoun}, the most the tool reads."));
                    break;
                }

                if (csv.FieldCount != csv.Headers.Count)
                {
                    problems.Add(new InputProblem(source, line, null, null, InputCodes.MalformedCsv, string.Create(CultureInfo.InvariantCulture,
                        $"The row has {csv.FieldCount} fields but the header has {csv.Headers.Count}; check for a missing or extra {CsvFormat.Name(delimiter)}, or quote cells that contain one.")));
                    continue;
                }

                if (!ControlCharacters(csv, header, source, problems))
                {
                    readRow(csv, header, line);
                }
            }
        }
        catch (CsvFormatException ex)
        {
            // Only records too large to buffer get here (malformed quoting is recovered and reported per record).
            problems.Add(new InputProblem(source, ex.LineNumber > 0 ? (int)ex.LineNumber : null, null, null, InputCodes.LimitExceeded,
                $"A record is longer than {InputLimits.MaxRecordBytes / 1024} KiB, or a quote is never closed; the tool stops reading here."));
        }
    }

    /// <summary>Throws the problems, in file order, when there are any.</summary>
    /// <exception cref="InputException">There were problems.</exception>
    public static void ThrowIfAny(List<InputProblem> problems)
    {
        if (problems.Count > 0)
        {
            throw new InputException(problems.OrderBy(p => p.Line ?? 0).ThenBy(p => p.Column ?? 0).ToArray());
        }
    }

    /// <summary>
    /// The checks every header gets before its columns are read: not empty, not too wide. Returns whether the
    /// columns can be read.
    /// </summary>
    /// <param name="csv">The reader, header read.</param>
    /// <param name="context">Where problems go.</param>
    /// <param name="columnsWanted">What the header needs, for the empty file's message ("at least the columns id, role").</param>
    public static bool HeaderHasShape(CsvReader csv, HeaderContext context, string columnsWanted)
    {
        csv.ReadHeader();
        if (csv.Headers.Count == 0 || csv.Headers.All(string.IsNullOrWhiteSpace))
        {
            context.Problems.Add(new InputProblem(context.Source, null, null, null, InputCodes.Empty, $"The file is empty; it needs a header row with {columnsWanted}."));
            return false;
        }

        if (csv.Headers.Count > InputLimits.MaxColumns)
        {
            context.Problems.Add(new InputProblem(context.Source, 1, null, null, InputCodes.LimitExceeded,
                $"The header has {csv.Headers.Count} columns; the tool reads at most {InputLimits.MaxColumns}."));
            return false;
        }

        return true;
    }

    internal static bool IsBlank(CsvReader csv)
    {
        for (var i = 0; i < csv.FieldCount; i++)
        {
            if (!string.IsNullOrWhiteSpace(csv.GetString(i)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Refuses cells with control characters (NUL, escape, C1 codes): they would travel into every output and can
    /// steer a terminal. Line breaks and tabs inside a quoted cell are text a spreadsheet can hold, and are kept.
    /// </summary>
    /// <returns>Whether the row had any.</returns>
    internal static bool ControlCharacters(CsvReader csv, Dictionary<string, int> header, string source, List<InputProblem> problems)
    {
        var found = false;
        for (var i = 0; i < csv.FieldCount; i++)
        {
            var value = csv.GetString(i);
            var bad = -1;
            for (var c = 0; c < value.Length; c++)
            {
                if (char.IsControl(value[c]) && value[c] is not ('\n' or '\r' or '\t'))
                {
                    bad = c;
                    break;
                }
            }

            if (bad >= 0)
            {
                var column = header.FirstOrDefault(h => h.Value == i).Key;
                problems.Add(new InputProblem(source, (int)csv.LineNumber, i + 1, column, InputCodes.ControlCharacter, string.Create(CultureInfo.InvariantCulture,
                    $"The cell holds the control character U+{(int)value[bad]:X4} at position {bad + 1}; remove it (it is invisible in most spreadsheets, and often comes from copying out of another program).")));
                found = true;
            }
        }

        return found;
    }

    private static CsvReaderOptions Options(List<InputProblem> problems, string source, char delimiter) => CsvReaderOptions.Default with
    {
        Separator = delimiter,
        HasHeader = true,
        TrackLineNumbers = true,
        TrimWhitespace = true,
        MaxRecordSize = InputLimits.MaxRecordBytes,
        IncludeValuesInExceptions = false,
        FieldCountMismatch = CsvFieldCountHandling.Allow,
        MalformedData = CsvMalformedDataHandling.Recover,
        OnMalformedRecord = record => problems.Add(new InputProblem(source, (int)record.LineNumber, null, null, InputCodes.MalformedCsv, Describe(record.Reason))),
        FormatProvider = CultureInfo.InvariantCulture,
    };

    private static string Describe(CsvMalformedReason reason) => reason switch
    {
        CsvMalformedReason.FieldCountMismatch => "The row has a different number of fields than the header; check for a missing or extra comma, or quote cells that contain commas.",
        CsvMalformedReason.StrayQuote => "A quote character appears inside a cell that is not quoted; quote the whole cell and double the inner quote (\"\").",
        CsvMalformedReason.TextAfterClosingQuote => "Text follows the closing quote of a cell.",
        CsvMalformedReason.UnterminatedQuote => "A quoted cell is never closed.",
        _ => "The row is malformed.",
    };
}

/// <summary>What a header check needs: where problems go, and how the header was split (for the separator hint).</summary>
internal sealed record HeaderContext(string Source, List<InputProblem> Problems, char Delimiter, bool Detected)
{
    /// <summary>A sentence saying how the header was split, to add to a missing column's message.</summary>
    public string SeparatorHint => Detected
        ? $" The header was split at each {CsvFormat.Name(Delimiter)} (detected); if the file uses another separator, give --delimiter."
        : $" The header was split at each {CsvFormat.Name(Delimiter)} (--delimiter).";
}
