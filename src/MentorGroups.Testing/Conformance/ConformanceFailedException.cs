using System.Globalization;
using MentorGroups.Matching;

namespace MentorGroups.Testing.Conformance;

/// <summary>
/// A strategy broke an invariant of <see cref="StrategyConformance"/>. The message names the strategy and the
/// invariant, lists what broke, prints the shrunk counter-example as text (<see cref="RequestText"/>) and ends with the
/// one replay seed that regenerates it.
/// </summary>
public sealed class ConformanceFailedException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="strategy">The strategy's name.</param>
    /// <param name="invariant">The invariant it broke.</param>
    /// <param name="replaySeed">The seed that regenerates the failing request.</param>
    /// <param name="request">The smallest failing request found.</param>
    /// <param name="shrinkSteps">How many steps shrinking took.</param>
    /// <param name="violations">What broke on <paramref name="request"/>.</param>
    /// <exception cref="ArgumentNullException">A reference argument is <see langword="null"/>.</exception>
    public ConformanceFailedException(string strategy, string invariant, ulong replaySeed, MatchingRequest request, int shrinkSteps, IReadOnlyList<string> violations)
        : base(FormatMessage(strategy, invariant, replaySeed, request, shrinkSteps, violations))
    {
        Strategy = strategy;
        Invariant = invariant;
        ReplaySeed = replaySeed;
        Request = request;
        ShrinkSteps = shrinkSteps;
        Violations = violations;
    }

    /// <summary>The strategy's name.</summary>
    public string Strategy { get; }

    /// <summary>The invariant it broke.</summary>
    public string Invariant { get; }

    /// <summary>The seed that regenerates the failing request: pass it as <see cref="ConformanceOptions.Replay"/>.</summary>
    public ulong ReplaySeed { get; }

    /// <summary>The smallest failing request found.</summary>
    public MatchingRequest Request { get; }

    /// <summary>How many steps shrinking took from the generated request to <see cref="Request"/>.</summary>
    public int ShrinkSteps { get; }

    /// <summary>What broke on <see cref="Request"/>.</summary>
    public IReadOnlyList<string> Violations { get; }

    private static string FormatMessage(string strategy, string invariant, ulong replaySeed, MatchingRequest request, int shrinkSteps, IReadOnlyList<string> violations)
    {
        ArgumentNullException.ThrowIfNull(strategy);
        ArgumentNullException.ThrowIfNull(invariant);
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(violations);
        var seed = replaySeed.ToString(CultureInfo.InvariantCulture);
        return $"Strategy '{strategy}' breaks the invariant '{invariant}':\n"
            + string.Concat(violations.Select(v => $"  - {v}\n"))
            + $"Counter-example, shrunk in {shrinkSteps} step(s):\n"
            + RequestText.Describe(request) + "\n"
            + $"Replay seed: {seed} (new ConformanceOptions {{ Replay = {seed} }}, or {ConformanceOptions.ReplayVariable}={seed}).";
    }
}
