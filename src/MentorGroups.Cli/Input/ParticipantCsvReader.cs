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
    public static ParticipantTable ReadFile(string path, CsvFormat format, CancellationToken cancellationToken) =>
        ReadBytes(Path.GetFileName(path), CsvTableReader.ReadFileBytes(path, "the participants CSV", " Split the programme or remove unused columns."), format, cancellationToken);

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
        var problems = new List<InputProblem>();
        var rows = new List<ParticipantRow>();
        var lines = new Dictionary<string, int>(StringComparer.Ordinal);
        CsvTableReader.ReadRows(source, text, format, "participants", problems, ReadHeader, (csv, header, line) =>
        {
            var row = new RowReader(csv, header, source, line, problems);
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
        }, cancellationToken);

        if (problems.Count == 0 && rows.Count == 0)
        {
            problems.Add(new InputProblem(source, null, null, null, InputCodes.Empty, "The file has a header but no participants."));
        }

        CsvTableReader.ThrowIfAny(problems);
        return new ParticipantTable(source, rows);
    }

    private static Dictionary<string, int>? ReadHeader(CsvReader csv, HeaderContext context)
    {
        if (!CsvTableReader.HeaderHasShape(csv, context, $"at least the columns {string.Join(", ", ParticipantColumns.Required)}"))
        {
            return null;
        }

        var (source, problems) = (context.Source, context.Problems);
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

        foreach (var required in ParticipantColumns.Required.Where(r => !header.ContainsKey(r)))
        {
            problems.Add(new InputProblem(source, 1, null, required, InputCodes.MissingColumn,
                $"The header has no '{required}' column; required columns are {string.Join(", ", ParticipantColumns.Required)}." + context.SeparatorHint));
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
