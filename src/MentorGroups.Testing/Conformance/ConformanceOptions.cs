using System.Globalization;

namespace MentorGroups.Testing.Conformance;

/// <summary>How hard <see cref="StrategyConformance"/> tries.</summary>
public sealed record ConformanceOptions
{
    /// <summary>The environment variable that overrides <see cref="MaxTest"/> for long runs, e.g. <c>10000</c>.</summary>
    public const string MaxTestVariable = "MENTORGROUPS_CONFORMANCE_MAXTEST";

    /// <summary>The environment variable that sets <see cref="Replay"/> without a code change.</summary>
    public const string ReplayVariable = "MENTORGROUPS_CONFORMANCE_REPLAY";

    /// <summary>Random requests per invariant.</summary>
    /// <value>The default value is 100, or the value of the <c>MENTORGROUPS_CONFORMANCE_MAXTEST</c> environment variable when set.</value>
    public int MaxTest { get; init; } = DefaultMaxTest();

    /// <summary>The shape of the generated requests.</summary>
    /// <value>The default value is a new <see cref="RequestShape"/>.</value>
    public RequestShape Shape { get; init; } = new();

    /// <summary>
    /// Replays one failing case: the replay seed a failure printed (<see cref="ConformanceFailedException.ReplaySeed"/>).
    /// The request is generated again from it, checked and shrunk the same way, so the same counter-example comes back.
    /// <see langword="null"/> for a fresh random run.
    /// </summary>
    /// <value>The default value is <see langword="null"/>, or the value of the <c>MENTORGROUPS_CONFORMANCE_REPLAY</c> environment variable when set.</value>
    public ulong? Replay { get; init; } = DefaultReplay();

    private static int DefaultMaxTest() =>
        int.TryParse(Environment.GetEnvironmentVariable(MaxTestVariable), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : 100;

    private static ulong? DefaultReplay() =>
        ulong.TryParse(Environment.GetEnvironmentVariable(ReplayVariable), NumberStyles.Integer, CultureInfo.InvariantCulture, out var seed) ? seed : null;
}
