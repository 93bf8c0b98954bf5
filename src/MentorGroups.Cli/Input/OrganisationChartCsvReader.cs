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
        var bytes = CsvTableReader.ReadFileBytes(path, "the organisation chart CSV", string.Empty);
        return ReadText(name, CsvDecoder.Decode(name, bytes, format.Encoding), format, cancellationToken);
    }

    /// <exception cref="InputException">Every problem found.</exception>
    public static OrganisationChartTable ReadText(string source, string text, CsvFormat format, CancellationToken cancellationToken)
    {
        var problems = new List<InputProblem>();
        var rows = new List<ChartRow>();
        var lineOf = new Dictionary<ParticipantId, int>();
        CsvTableReader.ReadRows(source, text, format, "rows", problems, ReadHeader,
            (csv, header, line) => ReadRow(csv, header, line, source, problems, lineOf, rows), cancellationToken);
        if (problems.Count == 0 && lineOf.Count == 0)
        {
            problems.Add(new InputProblem(source, null, null, null, InputCodes.Empty, "The file has a header but no people."));
        }

        problems.AddRange(Cycles(source, rows));
        CsvTableReader.ThrowIfAny(problems);
        return new OrganisationChartTable(source, rows);
    }

    /// <summary>One person and their line manager; a problem when the person is missing, listed twice, or their own manager.</summary>
    private static void ReadRow(CsvReader csv, Dictionary<string, int> header, int line, string source, List<InputProblem> problems, Dictionary<ParticipantId, int> lineOf, List<ChartRow> rows)
    {
        var employeeAt = header[OrganisationChartTable.EmployeeColumn];
        var managerAt = header[OrganisationChartTable.ManagerColumn];
        var employee = csv.GetString(employeeAt).Trim();
        var manager = csv.GetString(managerAt).Trim();
        if (employee.Length == 0)
        {
            problems.Add(new InputProblem(source, line, employeeAt + 1, OrganisationChartTable.EmployeeColumn, InputCodes.MissingValue,
                "The row has no employee id; every row names one person and their line manager."));
            return;
        }

        var id = new ParticipantId(employee);
        if (lineOf.TryGetValue(id, out var first))
        {
            problems.Add(new InputProblem(source, line, employeeAt + 1, OrganisationChartTable.EmployeeColumn, InputCodes.ChartDuplicate,
                $"{employee} is already listed on line {first}; each person has one line manager."));
            return;
        }

        lineOf[id] = line;
        if (manager.Length == 0)
        {
            return; // The top of the organisation: nobody above.
        }

        if (string.Equals(manager, employee, StringComparison.Ordinal))
        {
            problems.Add(new InputProblem(source, line, managerAt + 1, OrganisationChartTable.ManagerColumn, InputCodes.ChartDuplicate,
                $"{employee} is listed as their own line manager; leave manager_id empty for the top of the organisation."));
            return;
        }

        rows.Add(new ChartRow(line, id, new ParticipantId(manager)));
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

    private static Dictionary<string, int>? ReadHeader(CsvReader csv, HeaderContext context)
    {
        if (!CsvTableReader.HeaderHasShape(csv, context, $"the columns {string.Join(", ", Columns)}"))
        {
            return null;
        }

        var (source, problems) = (context.Source, context.Problems);
        var header = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < csv.Headers.Count; i++)
        {
            var name = csv.Headers[i].Trim();
            if (name.Length > 0 && !header.TryAdd(name, i) && Columns.Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                problems.Add(new InputProblem(source, 1, i + 1, name, InputCodes.DuplicateColumn, $"Column '{name}' appears twice (also column {header[name] + 1})."));
            }
        }

        foreach (var required in Columns.Where(c => !header.ContainsKey(c)))
        {
            var near = header.Keys.FirstOrDefault(h => ColumnNames.Closest(h, [required]) is not null);
            problems.Add(new InputProblem(source, 1, near is null ? null : header[near] + 1, required, InputCodes.MissingColumn, near is null
                ? $"The header has no '{required}' column; an organisation chart has the columns {string.Join(", ", Columns)}." + context.SeparatorHint
                : $"The header has no '{required}' column; did you mean '{near}'? Rename it."));
        }

        return problems.Count > 0 ? null : header;
    }
}
