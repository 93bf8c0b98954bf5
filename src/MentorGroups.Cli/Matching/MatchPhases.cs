namespace MentorGroups.Cli.Matching;

/// <summary>
/// Where a run of <c>match</c> is: one phase after another (reading, matching, meeting slots, writing), each with a
/// fraction done when it is known, or <see langword="null"/> when only that it runs is known.
/// </summary>
internal interface IMatchPhases
{
    /// <summary>Starts a phase; the previous one is done.</summary>
    void Start(string phase, bool reportsFraction);

    /// <summary>How much of the current phase is done, 0 to 1.</summary>
    void Report(double fraction);

    /// <summary>The current phase is done.</summary>
    void Done();
}

/// <summary>No one watches: nothing is shown.</summary>
internal sealed class SilentPhases : IMatchPhases
{
    public static SilentPhases Instance { get; } = new();

    public void Start(string phase, bool reportsFraction)
    {
    }

    public void Report(double fraction)
    {
    }

    public void Done()
    {
    }
}

/// <summary>Adapts the phase sink to <see cref="IProgress{T}"/> for the current phase.</summary>
internal sealed class PhaseProgress(IMatchPhases phases) : IProgress<double>
{
    public void Report(double value) => phases.Report(Math.Clamp(value, 0, 1));
}
