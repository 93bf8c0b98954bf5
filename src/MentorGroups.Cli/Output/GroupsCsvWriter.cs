using System.Globalization;
using CsvHelper;

namespace MentorGroups.Cli.Output;

/// <summary>
/// Writes the groups CSV: one row per person (members of groups, then unmatched mentees and unassigned mentors).
/// Text cells that a spreadsheet would run as a formula (starting with =, +, -, @, tab or carriage return) get a
/// leading apostrophe, so that opening the file never runs anything (docs/file-formats.md).
/// </summary>
internal static class GroupsCsvWriter
{
    /// <summary>The columns, in order.</summary>
    public static IReadOnlyList<string> Columns { get; } = ["group_id", "role", "id", "display_name", "org_unit", "score", "common_slot_utc", "note"];

    public static string Write(ResultDocument document)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        var options = CsvWriterOptions.Default with
        {
            NewLine = "\n",
            Injection = CsvInjection.Escape,
            FormatProvider = CultureInfo.InvariantCulture,
        };
        using (var csv = CsvWriter.Create(text, options, leaveOpen: true))
        {
            csv.WriteHeader(Columns.ToArray());
            foreach (var group in document.Groups)
            {
                foreach (var member in group.Members)
                {
                    csv.WriteRecord([
                        group.Id, member.Role, member.Id, member.DisplayName ?? string.Empty, member.OrgUnit ?? string.Empty,
                        member.Score is { } s ? s.ToString("0.0000", CultureInfo.InvariantCulture) : string.Empty,
                        group.CommonSlot?.Utc ?? string.Empty,
                        string.Empty,
                    ]);
                }
            }

            foreach (var unmatched in document.Unmatched)
            {
                csv.WriteRecord([string.Empty, "mentee", unmatched.Mentee, unmatched.DisplayName ?? string.Empty, string.Empty, string.Empty, string.Empty,
                    $"unmatched ({unmatched.Reason}): {unmatched.Explanation}"]);
            }

            foreach (var mentor in document.UnassignedMentors)
            {
                csv.WriteRecord([string.Empty, mentor.Role, mentor.Mentor, mentor.DisplayName ?? string.Empty, string.Empty, string.Empty, string.Empty,
                    $"no group: {mentor.Explanation}"]);
            }
        }

        return text.ToString();
    }
}
