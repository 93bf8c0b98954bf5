namespace MentorGroups.Cli.Output;

/// <summary>
/// The result JSON (docs/file-formats.md): everything a run decided, in a form that reads back unchanged, so that
/// <c>explain</c>, <c>schedule</c> and reports work from the file without matching again.
/// </summary>
/// <remarks>Holds no timings, so the same input and seed give byte-identical files.</remarks>
internal sealed record ResultDocument(
    int Version,
    string Programme,
    string Strategy,
    int Seed,
    string Policy,
    ResultTotals Totals,
    IReadOnlyList<GroupRecord> Groups,
    IReadOnlyList<PlacementRecord> Placements,
    IReadOnlyList<UnmatchedRecord> Unmatched,
    IReadOnlyList<UnassignedMentorRecord> UnassignedMentors,
    IReadOnlyList<FindingRecord> Findings,
    PolicyLimits? Limits = null)
{
    /// <summary>The version this tool writes and reads.</summary>
    public const int CurrentVersion = 1;
}

/// <summary>The size policy's limits (absent in files of earlier releases): what "below the recommended size" means.</summary>
internal sealed record PolicyLimits(int MinMentors, int MaxMentors, int MinMentees, int MaxMentees, int MaxMenteesPerMentor);

internal sealed record ResultTotals(int Mentors, int Mentees, int Groups, int Placed, int Unmatched, int UnassignedMentors, double TotalScore, long Objective);

/// <summary>A group: members (mentors first, lead first), mean placement score, the common meeting slot and warnings.</summary>
internal sealed record GroupRecord(
    string Id,
    IReadOnlyList<MemberRecord> Members,
    double Score,
    IReadOnlyList<CriterionRecord> Breakdown,
    SlotRecord? CommonSlot,
    IReadOnlyList<string> Warnings);

/// <summary>
/// A member of a group. <see cref="Score"/> is the mentee's placement score; null for mentors. <see cref="LocalSlot"/>
/// is the group's slot in the member's own time zone (absent in files of earlier releases).
/// </summary>
internal sealed record MemberRecord(string Id, string Role, string? DisplayName, string? OrgUnit, double? Score, string? LocalSlot = null);

/// <summary>A criterion's mean score and weight over a group's mentees.</summary>
internal sealed record CriterionRecord(string Criterion, double Weight, double Score);

/// <summary>
/// The first weekly slot (UTC) in which every member who gave availability can meet, how many of them that is, and
/// who gave none. <see cref="StartMinuteUtc"/> is the slot's start in minutes from Monday 00:00 UTC, and
/// <see cref="ReferenceMonday"/> the week whose time-zone offsets placed it (both absent in files of earlier releases).
/// </summary>
internal sealed record SlotRecord(
    string? Utc, int Minutes, int MembersCovered, IReadOnlyList<string> MembersWithoutAvailability, IReadOnlyList<string> AllWindowsUtc,
    int? StartMinuteUtc = null, DateOnly? ReferenceMonday = null);

internal sealed record PlacementRecord(string Mentee, string Group, IReadOnlyList<string> Mentors, double Score, bool Pinned, IReadOnlyList<ContributionRecord> Breakdown);

internal sealed record ContributionRecord(string Criterion, double Weight, double Score, double Contribution, string Reason);

internal sealed record UnmatchedRecord(string Mentee, string? DisplayName, string Reason, string Explanation);

internal sealed record UnassignedMentorRecord(string Mentor, string Role, string? DisplayName, string Explanation);

internal sealed record FindingRecord(string Severity, string Code, string Message, string? Group, IReadOnlyList<string> People);
