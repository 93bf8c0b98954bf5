using System.Globalization;
using CsvHelper;
using MentorGroups.Enrolments;
using MentorGroups.Participants;
using MentorGroups.Validation;

namespace MentorGroups.Cli.Input;

/// <summary>
/// Reads the participants CSV (columns in docs/file-formats.md) with CsvHelper, builds every participant with the
/// library's builders, and reports every problem at once with its line and column. Nothing is half-read: either every
/// row is valid, or <see cref="InputException"/> lists all problems.
/// </summary>
internal static class ParticipantCsvReader
{
    /// <summary>Reads a file.</summary>
    /// <param name="path">The file.</param>
    /// <param name="format">The separator and encoding, or what to detect.</param>
    /// <param name="cancellationToken">Stops reading.</param>
    /// <returns>The participants.</returns>
    /// <exception cref="InputException">Every problem found.</exception>
    public static ParticipantTable ReadFile(string path, CsvFormat format, CancellationToken cancellationToken)
    {
        var name = Path.GetFileName(path);
        if (Directory.Exists(path))
        {
            throw new InputException(new InputProblem(path, null, null, null, InputCodes.FileNotFound, "This is a folder; give the participants CSV file inside it."));
        }

        var info = new FileInfo(path);
        if (!info.Exists)
        {
            throw new InputException(new InputProblem(path, null, null, null, InputCodes.FileNotFound, "The file does not exist."));
        }

        if (info.Length > InputLimits.MaxCsvBytes)
        {
            throw new InputException(new InputProblem(name, null, null, null, InputCodes.FileTooLarge,
                $"The file has {info.Length:N0} bytes; the tool reads at most {InputLimits.MaxCsvBytes:N0}. Split the programme or remove unused columns."));
        }

        return ReadBytes(name, File.ReadAllBytes(path), format, cancellationToken);
    }

    /// <summary>Reads the bytes of a file (tests, the fuzz property).</summary>
    /// <exception cref="InputException">Every problem found.</exception>
    public static ParticipantTable ReadBytes(string source, byte[] bytes, CsvFormat format, CancellationToken cancellationToken) =>
        ReadText(source, CsvDecoder.Decode(source, bytes, format.Encoding), format, cancellationToken);

    /// <summary>Reads CSV text (the embedded sample, tests).</summary>
    /// <param name="source">The name used in messages.</param>
    /// <param name="text">The CSV.</param>
    /// <param name="cancellationToken">Stops reading.</param>
    /// <returns>The participants.</returns>
    /// <exception cref="InputException">Every problem found.</exception>
    public static ParticipantTable ReadText(string source, string text, CancellationToken cancellationToken) =>
        ReadText(source, text, CsvFormat.Detect, cancellationToken);

    /// <inheritdoc cref="ReadText(string, string, CancellationToken)"/>
    public static ParticipantTable ReadText(string source, string text, CsvFormat format, CancellationToken cancellationToken)
    {
        text = text.StartsWith('\uFEFF') ? text[1..] : text;
        var delimiter = format.Delimiter ?? CsvFormat.DetectDelimiter(text);
        var problems = new List<InputProblem>();
        var options = Options(problems, source, delimiter);
        using var csv = CsvReader.FromText(text, options);
        var rows = new List<ParticipantRow>();
        try
        {
            var header = ReadHeader(csv, source, problems, delimiter, format.Delimiter is null);
            if (header is null)
            {
                throw new InputException(problems);
            }

            var lines = new Dictionary<string, int>(StringComparer.Ordinal);
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

                if (++read > InputLimits.MaxRows)
                {
                    problems.Add(new InputProblem(source, (int)csv.LineNumber, null, null, InputCodes.LimitExceeded,
                        $"The file has more than {InputLimits.MaxRows:N0} participants, the most the tool reads."));
                    break;
                }

                if (csv.FieldCount != csv.Headers.Count)
                {
                    problems.Add(new InputProblem(source, (int)csv.LineNumber, null, null, InputCodes.MalformedCsv, string.Create(CultureInfo.InvariantCulture,
                        $"The row has {csv.FieldCount} fields but the header has {csv.Headers.Count}; check for a missing or extra {CsvFormat.Name(delimiter)}, or quote cells that contain one.")));
                    continue;
                }

                if (ControlCharacters(csv, header, source, problems))
                {
                    continue;
                }

                var row = new RowReader(csv, header, source, (int)csv.LineNumber, problems);
                var id = row.Id;
                if (id is not null && lines.TryGetValue(id, out var first))
                {
                    problems.Add(row.Problem(ParticipantColumns.Id, ErrorCodes.DuplicateEnrolment,
                        $"Id {id} is already used on line {first}; each person appears once."));
                }
                else if (id is not null)
                {
                    lines[id] = row.Line;
                }

                var email = row.Email();
                if (row.Read() is { } enrolment && !problems.Any(p => p.Line == row.Line))
                {
                    rows.Add(new ParticipantRow(row.Line, enrolment, email));
                }
            }
        }
        catch (CsvFormatException ex)
        {
            // Only records too large to buffer get here (malformed quoting is recovered and reported per record).
            problems.Add(new InputProblem(source, ex.LineNumber > 0 ? (int)ex.LineNumber : null, null, null, InputCodes.LimitExceeded,
                $"A record is longer than {InputLimits.MaxRecordBytes / 1024} KiB, or a quote is never closed; the tool stops reading here."));
        }

        if (problems.Count == 0 && rows.Count == 0)
        {
            problems.Add(new InputProblem(source, null, null, null, InputCodes.Empty, "The file has a header but no participants."));
        }

        if (problems.Count > 0)
        {
            throw new InputException(problems.OrderBy(p => p.Line ?? 0).ThenBy(p => p.Column ?? 0).ToArray());
        }

        return new ParticipantTable(source, rows);
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

    internal static CsvReaderOptions Options(List<InputProblem> problems, string source, char delimiter) => CsvReaderOptions.Default with
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

    private static Dictionary<string, int>? ReadHeader(CsvReader csv, string source, List<InputProblem> problems, char delimiter, bool detected)
    {
        csv.ReadHeader();
        if (csv.Headers.Count == 0 || csv.Headers.All(string.IsNullOrWhiteSpace))
        {
            problems.Add(new InputProblem(source, null, null, null, InputCodes.Empty,
                $"The file is empty; it needs a header row with at least the columns {string.Join(", ", ParticipantColumns.Required)}."));
            return null;
        }

        if (csv.Headers.Count > InputLimits.MaxColumns)
        {
            problems.Add(new InputProblem(source, 1, null, null, InputCodes.LimitExceeded,
                $"The header has {csv.Headers.Count} columns; the tool reads at most {InputLimits.MaxColumns}."));
            return null;
        }

        var header = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < csv.Headers.Count; i++)
        {
            var name = csv.Headers[i].Trim();
            if (name.Length == 0)
            {
                problems.Add(new InputProblem(source, 1, i + 1, null, InputCodes.MissingValue, "A column has no name."));
            }
            else if (name.Any(char.IsControl))
            {
                problems.Add(new InputProblem(source, 1, i + 1, null, InputCodes.ControlCharacter, "The column name holds a control character; remove it."));
            }
            else if (!header.TryAdd(name, i))
            {
                problems.Add(new InputProblem(source, 1, i + 1, name, InputCodes.DuplicateColumn,
                    $"Column '{name}' appears twice (also column {header[name] + 1})."));
            }
        }

        foreach (var (name, index) in header)
        {
            if (ParticipantColumns.All.Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                continue;
            }

            if (ColumnNames.Closest(name, ParticipantColumns.All.Where(k => !header.ContainsKey(k))) is { } known)
            {
                problems.Add(new InputProblem(source, 1, index + 1, name, InputCodes.UnknownColumn,
                    $"Column '{name}' is not known; did you mean '{known}'? Rename it (other columns are kept as attributes only when their name is not this close to a known one)."));
            }
        }

        var separator = detected
            ? $" The header was split at each {CsvFormat.Name(delimiter)} (detected); if the file uses another separator, give --delimiter."
            : $" The header was split at each {CsvFormat.Name(delimiter)} (--delimiter).";
        foreach (var required in ParticipantColumns.Required.Where(r => !header.ContainsKey(r)))
        {
            problems.Add(new InputProblem(source, 1, null, required, InputCodes.MissingColumn,
                $"The header has no '{required}' column; required columns are {string.Join(", ", ParticipantColumns.Required)}." + separator));
        }

        return problems.Count == 0 ? header : null;
    }

    /// <summary>Reads one record into an enrolment, adding a problem per bad cell.</summary>
    private sealed class RowReader(CsvReader csv, Dictionary<string, int> header, string source, int line, List<InputProblem> problems)
    {
        public int Line => line;

        public string? Id => Cell(ParticipantColumns.Id);

        /// <summary>Reads the row; <see langword="null"/> when it has a problem (all of its problems are added).</summary>
        public Enrolment? Read()
        {
            var before = problems.Count;
            var id = Id;
            if (id is null)
            {
                problems.Add(Problem(ParticipantColumns.Id, InputCodes.MissingValue, "The id is empty; every participant needs the HR system's id."));
                return null;
            }

            var role = ReadRole();
            var capacity = ReadInt(ParticipantColumns.Capacity, "capacity");
            var seniority = ReadInt(ParticipantColumns.Seniority, "seniority");
            if (role is ProgrammeRole.Mentor or ProgrammeRole.CoMentor && capacity is null && !HasProblemIn(before, ParticipantColumns.Capacity))
            {
                problems.Add(Problem(ParticipantColumns.Capacity, InputCodes.MissingValue,
                    $"Participant {id} is a {ParticipantColumns.RoleWord(role.Value)} but has no capacity; give the most mentees they will take."));
            }

            var builder = Participant.Builder(id)
                .WithDisplayName(Cell(ParticipantColumns.DisplayName))
                .WithLearningGoals(List(ParticipantColumns.Goals))
                .WithExpertise(List(ParticipantColumns.Expertise))
                .WithLanguages(List(ParticipantColumns.Languages))
                .InOrganisationalUnit(Cell(ParticipantColumns.OrgUnit))
                .ReportingTo(Cell(ParticipantColumns.ManagerId))
                .AtSeniority(seniority)
                .InTimeZone(Cell(ParticipantColumns.TimeZone))
                .AvailableAt(Cell(ParticipantColumns.Availability));
            foreach (var (name, index) in header.Where(h => !ParticipantColumns.All.Contains(h.Key, StringComparer.OrdinalIgnoreCase)).OrderBy(h => h.Value))
            {
                if (CellAt(index) is { } value)
                {
                    builder.WithAttribute(name, value);
                }
            }

            var participant = Capture(builder.Build);
            if (role is null)
            {
                return null;
            }

            // The enrolment rules (capacity) are checked even when the profile has problems, so that every problem of
            // the row is reported in one go; a bare participant with just the id stands in for the profile then.
            var enrolment = Capture(() => Enrolment.Create(participant ?? Participant.Builder(id).Build(), role.Value, capacity ?? 0, null));
            return participant is null || problems.Count > before ? null : enrolment;
        }

        /// <summary>The e-mail address, checked only for its shape (one @, no spaces): the mail system knows the rest.</summary>
        public string? Email()
        {
            var text = Cell(ParticipantColumns.Email);
            if (text is null)
            {
                return null;
            }

            var at = text.IndexOf('@', StringComparison.Ordinal);
            if (at <= 0 || at != text.LastIndexOf('@') || at == text.Length - 1 || text.Any(char.IsWhiteSpace) || text.Contains(',', StringComparison.Ordinal))
            {
                problems.Add(Problem(ParticipantColumns.Email, InputCodes.BadValue, "The e-mail address is not of the form name@example.org; give one address per person."));
                return null;
            }

            return text;
        }

        public InputProblem Problem(string column, string code, string message) =>
            new(source, line, header.TryGetValue(column, out var index) ? index + 1 : null, column, code, message);

        private bool HasProblemIn(int from, string column) => problems.Skip(from).Any(p => p.Field == column);

        private ProgrammeRole? ReadRole()
        {
            var text = Cell(ParticipantColumns.Role);
            if (text is null)
            {
                problems.Add(Problem(ParticipantColumns.Role, InputCodes.MissingValue, $"The role is empty; use one of {string.Join(", ", ParticipantColumns.Roles.Keys)}."));
                return null;
            }

            if (ParticipantColumns.Roles.TryGetValue(text, out var role))
            {
                return role;
            }

            problems.Add(Problem(ParticipantColumns.Role, InputCodes.BadValue, $"'{text}' is not a role; use one of {string.Join(", ", ParticipantColumns.Roles.Keys)}."));
            return null;
        }

        private int? ReadInt(string column, string what)
        {
            var text = Cell(column);
            if (text is null)
            {
                return null;
            }

            if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
            {
                return value;
            }

            problems.Add(Problem(column, InputCodes.BadValue, $"The {what} '{text}' is not a whole number."));
            return null;
        }

        private string? Cell(string column) => header.TryGetValue(column, out var index) ? CellAt(index) : null;

        private string? CellAt(int index)
        {
            if (index >= csv.FieldCount)
            {
                return null;
            }

            var value = csv.GetString(index).Trim();
            return value.Length == 0 ? null : value;
        }

        private string[] List(string column) =>
            Cell(column)?.Split(ParticipantColumns.ListSeparator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [];

        private T? Capture<T>(Func<T> build)
            where T : class
        {
            try
            {
                return build();
            }
            catch (MentorGroupsValidationException ex)
            {
                foreach (var error in ex.Errors)
                {
                    var column = ColumnOf(error);
                    problems.Add(column is null
                        ? new InputProblem(source, line, null, null, error.Code, error.Message)
                        : Problem(column, error.Code, error.Message));
                }

                return null;
            }
        }

        /// <summary>Which column a library error is about, from its stable code.</summary>
        private static string? ColumnOf(ValidationError error) => error.Code switch
        {
            ErrorCodes.EmptyId => ParticipantColumns.Id,
            ErrorCodes.SelfManaged => ParticipantColumns.ManagerId,
            ErrorCodes.NegativeSeniority => ParticipantColumns.Seniority,
            ErrorCodes.UnknownTimeZone => ParticipantColumns.TimeZone,
            ErrorCodes.InvertedWindow or ErrorCodes.OverlappingWindows or ErrorCodes.UnreadableAvailability => ParticipantColumns.Availability,
            ErrorCodes.NegativeCapacity or ErrorCodes.CapacityForMentee => ParticipantColumns.Capacity,
            ErrorCodes.OutOfRange => ParticipantColumns.Role,
            ErrorCodes.EmptyTag when error.Message.StartsWith("expertise", StringComparison.Ordinal) => ParticipantColumns.Expertise,
            ErrorCodes.EmptyTag when error.Message.StartsWith("languages", StringComparison.Ordinal) => ParticipantColumns.Languages,
            ErrorCodes.EmptyTag => ParticipantColumns.Goals,
            _ => null,
        };
    }
}
