namespace MentorGroups.Programmes;

/// <summary>
/// The legal moves of a programme: Draft → Enrolling → Matching → Running → Completed; Matching may go back to
/// Enrolling (to let more people in), Running may go back to Matching (re-matching late joiners); any unfinished
/// programme may be Cancelled.
/// </summary>
public static class ProgrammeLifecycle
{
    private static readonly Dictionary<ProgrammeStatus, ProgrammeStatus[]> Next = new()
    {
        [ProgrammeStatus.Draft] = [ProgrammeStatus.Enrolling, ProgrammeStatus.Cancelled],
        [ProgrammeStatus.Enrolling] = [ProgrammeStatus.Matching, ProgrammeStatus.Cancelled],
        [ProgrammeStatus.Matching] = [ProgrammeStatus.Running, ProgrammeStatus.Enrolling, ProgrammeStatus.Cancelled],
        [ProgrammeStatus.Running] = [ProgrammeStatus.Completed, ProgrammeStatus.Matching, ProgrammeStatus.Cancelled],
        [ProgrammeStatus.Completed] = [],
        [ProgrammeStatus.Cancelled] = [],
    };

    /// <summary>The statuses a programme may move to from <paramref name="from"/>.</summary>
    /// <param name="from">The current status.</param>
    /// <returns>The legal next statuses; empty for final ones.</returns>
    public static IReadOnlyList<ProgrammeStatus> LegalNext(ProgrammeStatus from) =>
        Next.TryGetValue(from, out var next) ? next : [];

    /// <summary>Whether the move is legal.</summary>
    /// <param name="from">The current status.</param>
    /// <param name="to">The wanted status.</param>
    /// <returns><see langword="true"/> when legal.</returns>
    public static bool IsLegal(ProgrammeStatus from, ProgrammeStatus to) => LegalNext(from).Contains(to);
}
