using System.Globalization;
using CsvHelper;
using MentorGroups.Participants;

namespace MentorGroups.Cli.Input;

/// <summary>One line of the organisation chart: a person and their line manager.</summary>
internal sealed record ChartRow(int Line, ParticipantId Employee, ParticipantId Manager);

/// <summary>The organisation chart as read from a file: who reports to whom, with the line each statement is on.</summary>
internal sealed class OrganisationChartTable(string source, IReadOnlyList<ChartRow> rows)
{
    public const string EmployeeColumn = "employee_id";

    public const string ManagerColumn = "manager_id";

    /// <summary>The file as the user named it.</summary>
    public string Source { get; } = source;

    /// <summary>Everyone with a line manager, in file order (people at the top of the organisation have none).</summary>
    public IReadOnlyList<ChartRow> Rows { get; } = rows;
}

/// <summary>
/// Reads the organisation chart CSV (<c>employee_id</c>, <c>manager_id</c>; other columns are ignored) with the same
/// hygiene as the participants file: the separator detected or given, the encoding checked, blank rows skipped, control
/// characters refused, and every problem reported at once with its line and column. A person listed twice, someone who
/// is their own manager, and managers who go round in a circle are problems; an empty <c>manager_id</c> is the top of
/// the organisation.
/// </summary>
internal static class OrganisationChartCsvReader
{
    private static readonly string[] Columns = [OrganisationChartTable.EmployeeColumn, OrganisationChartTable.ManagerColumn];

    /// <exception cref="InputException">Every problem found.</exception>
    public static OrganisationChartTable ReadFile(string path, CsvFormat format, CancellationToken cancellationToken)
    {
        var name = Path.GetFileName(path);
        if (Directory.Exists(path))
        {
            throw new InputException(new InputProblem(path, null, null, null, InputCodes.FileNotFound, "This is a folder; give the organisation chart CSV file inside it."));
        }

        var info = new FileInfo(path);
        if (!info.Exists)
        {
            throw new InputException(new InputProblem(path, null, null, null, InputCodes.FileNotFound, "The file does not exist."));
        }

        if (info.Length > InputLimits.MaxCsvBytes)
        {
            throw new InputException(new InputProblem(name, null, null, null, InputCodes.FileTooLarge,
                $"The file has {info.Length:N0} bytes; the tool reads at most {InputLimits.MaxCsvBytes:N0}."));
        }

        return ReadText(name, CsvDecoder.Decode(name, File.ReadAllBytes(path), format.Encoding), format, cancellationToken);
    }

    /// <exception cref="InputException">Every problem found.</exception>
    public static OrganisationChartTable ReadText(string source, string text, CsvFormat format, CancellationToken cancellationToken)
    {
        text = text.StartsWith('\uFEFF') ? text[1..] : text;
        var delimiter = format.Delimiter ?? CsvFormat.DetectDelimiter(text);
        var problems = new List<InputProblem>();
        using var csv = CsvReader.FromText(text, ParticipantCsvReader.Options(problems, source, delimiter));
        var rows = new List<ChartRow>();
        var lineOf = new Dictionary<ParticipantId, int>();
        try
        {
            var header = ReadHeader(csv, source, problems, delimiter, format.Delimiter is null);
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

                if (ParticipantCsvReader.IsBlank(csv))
                {
                    continue;
                }

                var line = (int)csv.LineNumber;
                if (++read > InputLimits.MaxRows)
                {
                    problems.Add(new InputProblem(source, line, null, null, InputCodes.LimitExceeded, $"The file has more than {InputLimits.MaxRows:N0} rows, the most the tool reads."));
                    break;
                }

                if (csv.FieldCount != csv.Headers.Count)
                {
                    problems.Add(new InputProblem(source, line, null, null, InputCodes.MalformedCsv, string.Create(CultureInfo.InvariantCulture,
                        $"The row has {csv.FieldCount} fields but the header has {csv.Headers.Count}; check for a missing or extra {CsvFormat.Name(delimiter)}, or quote cells that contain one.")));
                    continue;
                }

                if (ParticipantCsvReader.ControlCharacters(csv, header, source, problems))
                {
                    continue;
                }

                var employeeAt = header[OrganisationChartTable.EmployeeColumn];
                var managerAt = header[OrganisationChartTable.ManagerColumn];
                var employee = csv.GetString(employeeAt).Trim();
                var manager = csv.GetString(managerAt).Trim();
                if (employee.Length == 0)
                {
                    problems.Add(new InputProblem(source, line, employeeAt + 1, OrganisationChartTable.EmployeeColumn, InputCodes.MissingValue,
                        "The row has no employee id; every row names one person and their line manager."));
                    continue;
                }

                var id = new ParticipantId(employee);
                if (lineOf.TryGetValue(id, out var first))
                {
                    problems.Add(new InputProblem(source, line, employeeAt + 1, OrganisationChartTable.EmployeeColumn, InputCodes.ChartDuplicate,
                        $"{employee} is already listed on line {first}; each person has one line manager."));
                    continue;
                }

                lineOf[id] = line;
                if (manager.Length == 0)
                {
                    continue; // The top of the organisation: nobody above.
                }

                if (string.Equals(manager, employee, StringComparison.Ordinal))
                {
                    problems.Add(new InputProblem(source, line, managerAt + 1, OrganisationChartTable.ManagerColumn, InputCodes.ChartDuplicate,
                        $"{employee} is listed as their own line manager; leave manager_id empty for the top of the organisation."));
                    continue;
                }

                rows.Add(new ChartRow(line, id, new ParticipantId(manager)));
            }
        }
        catch (CsvFormatException ex)
        {
            problems.Add(new InputProblem(source, ex.LineNumber > 0 ? (int)ex.LineNumber : null, null, null, InputCodes.LimitExceeded,
                $"A record is longer than {InputLimits.MaxRecordBytes / 1024} KiB, or a quote is never closed; the tool stops reading here."));
        }

        if (problems.Count == 0 && lineOf.Count == 0)
        {
            problems.Add(new InputProblem(source, null, null, null, InputCodes.Empty, "The file has a header but no people."));
        }

        problems.AddRange(Cycles(source, rows));
        if (problems.Count > 0)
        {
            throw new InputException(problems.OrderBy(p => p.Line ?? 0).ThenBy(p => p.Column ?? 0).ToArray());
        }

        return new OrganisationChartTable(source, rows);
    }

    /// <summary>One problem per circle of line managers (A reports to B, who reports to A), on the line of its first member.</summary>
    private static IEnumerable<InputProblem> Cycles(string source, List<ChartRow> rows)
    {
        var up = rows.ToDictionary(r => r.Employee);
        var done = new HashSet<ParticipantId>();
        foreach (var row in rows)
        {
            var path = new List<ChartRow>();
            var onPath = new HashSet<ParticipantId>();
            var at = row.Employee;
            while (!done.Contains(at) && up.TryGetValue(at, out var step) && onPath.Add(at))
            {
                path.Add(step);
                at = step.Manager;
            }

            if (onPath.Contains(at) && !done.Contains(at))
            {
                var circle = path.SkipWhile(r => r.Employee != at).ToList();
                var first = circle.MinBy(r => r.Line)!;
                yield return new InputProblem(source, first.Line, null, OrganisationChartTable.ManagerColumn, InputCodes.ChartCycle,
                    $"The line managers go round in a circle: {string.Join(" reports to ", circle.Select(r => r.Employee).Append(at))} (lines {string.Join(", ", circle.Select(r => r.Line).Order())}).");
            }

            done.UnionWith(onPath);
        }
    }

    private static Dictionary<string, int>? ReadHeader(CsvReader csv, string source, List<InputProblem> problems, char delimiter, bool detected)
    {
        csv.ReadHeader();
        if (csv.Headers.Count == 0 || csv.Headers.All(string.IsNullOrWhiteSpace))
        {
            problems.Add(new InputProblem(source, null, null, null, InputCodes.Empty, $"The file is empty; it needs a header row with the columns {string.Join(", ", Columns)}."));
            return null;
        }

        if (csv.Headers.Count > InputLimits.MaxColumns)
        {
            problems.Add(new InputProblem(source, 1, null, null, InputCodes.LimitExceeded, $"The header has {csv.Headers.Count} columns; the tool reads at most {InputLimits.MaxColumns}."));
            return null;
        }

        var header = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < csv.Headers.Count; i++)
        {
            var name = csv.Headers[i].Trim();
            if (name.Length > 0 && !header.TryAdd(name, i) && Columns.Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                problems.Add(new InputProblem(source, 1, i + 1, name, InputCodes.DuplicateColumn, $"Column '{name}' appears twice (also column {header[name] + 1})."));
            }
        }

        var separator = detected
            ? $" The header was split at each {CsvFormat.Name(delimiter)} (detected); if the file uses another separator, give --delimiter."
            : $" The header was split at each {CsvFormat.Name(delimiter)} (--delimiter).";
        foreach (var required in Columns.Where(c => !header.ContainsKey(c)))
        {
            var near = header.Keys.FirstOrDefault(h => ColumnNames.Closest(h, [required]) is not null);
            problems.Add(new InputProblem(source, 1, near is null ? null : header[near] + 1, required, InputCodes.MissingColumn, near is null
                ? $"The header has no '{required}' column; an organisation chart has the columns {string.Join(", ", Columns)}." + separator
                : $"The header has no '{required}' column; did you mean '{near}'? Rename it."));
        }

        return problems.Count > 0 ? null : header;
    }
}
