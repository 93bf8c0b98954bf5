using MentorGroups.Enrolments;
using MentorGroups.Participants;

namespace MentorGroups.Cli.Input;

/// <summary>One participant read from the CSV, with the line it starts on (for messages) and the e-mail address for invites.</summary>
internal sealed record ParticipantRow(int Line, Enrolment Enrolment, string? Email = null);

/// <summary>The participants of a programme as read from a file, in file order.</summary>
internal sealed class ParticipantTable
{
    private readonly Dictionary<ParticipantId, ParticipantRow> _byId;

    public ParticipantTable(string source, IReadOnlyList<ParticipantRow> rows)
    {
        Source = source;
        Rows = rows;
        _byId = rows.ToDictionary(r => r.Enrolment.Id);
    }

    /// <summary>The file as the user named it (or "sample").</summary>
    public string Source { get; }

    public IReadOnlyList<ParticipantRow> Rows { get; }

    public int MentorCount => Rows.Count(r => r.Enrolment.IsMentor);

    public int MenteeCount => Rows.Count - MentorCount;

    public ParticipantRow? Find(ParticipantId id) => _byId.GetValueOrDefault(id);

    public ParticipantRow? Find(string? id) => string.IsNullOrWhiteSpace(id) ? null : Find(new ParticipantId(id));
}
