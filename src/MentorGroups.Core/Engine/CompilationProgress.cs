namespace MentorGroups.Engine;

/// <summary>
/// Where compiling a request stands (<see cref="MatchingProblem.Compile(Matching.MatchingRequest, TeamPlan?, IProgress{CompilationProgress}?, CancellationToken)"/>):
/// reported once when compiling starts (nothing done while criteria and constraints are prepared), then every
/// hundredth of the mentees as their candidate teams are found, and when all are done.
/// </summary>
/// <remarks>Reports may come from the thread pool's workers, one at a time and with <see cref="Done"/> never going back.</remarks>
public sealed class CompilationProgress
{
    internal CompilationProgress(long done, long total)
    {
        Done = done;
        Total = total;
    }

    /// <summary>Mentees whose candidate teams are found.</summary>
    public long Done { get; }

    /// <summary>Mentees in all.</summary>
    public long Total { get; }

    /// <inheritdoc/>
    public override string ToString() => $"{Done} of {Total} mentees";
}
