using MentorGroups.Testing.Conformance;

namespace MentorGroups.Tests.Support;

/// <summary>
/// Whether the tests run under mutation testing (eng/mutation-test.sh sets <see cref="Variable"/>). Stryker runs the
/// tests that cover a mutant once per mutant, on an instrumented library that is several times slower; a test whose
/// only purpose is a timed, large measurement then costs minutes per mutant and kills nothing the properties do not.
/// </summary>
internal static class MutationRun
{
    public const string Variable = "MENTORGROUPS_MUTATION_RUN";

    public static bool IsActive => Environment.GetEnvironmentVariable(Variable) == "1";

    /// <summary>
    /// How the conformance properties run: the kit's defaults, or under mutation testing small requests (at most 3 lead
    /// mentors and 8 mentees), so that a mutant's slower hot path still finishes well inside Stryker's timeout.
    /// </summary>
    public static ConformanceOptions Conformance => new() { Shape = Shape };

    /// <summary>The shape of generated requests: the kit's default, or under mutation testing the small one above.</summary>
    public static RequestShape Shape => IsActive
        ? new RequestShape { MaxMentors = 3, MaxCoMentors = 1, MaxMentees = 8, MaxCapacity = 4 }
        : new RequestShape();

    /// <summary>The environment variable naming the mutated strategies (comma-separated); eng/mutation-test.sh sets it.</summary>
    public const string StrategiesVariable = "MENTORGROUPS_MUTATION_STRATEGIES";

    /// <summary>
    /// The built-in strategies whose code the running selection mutates (stryker-config.&lt;selection&gt;.json), from
    /// <see cref="StrategiesVariable"/>; <c>greedy</c> when it is unset. Under mutation testing the conformance
    /// properties run for these only: the others cannot kill a mutant of the mutated code, or only one the mutated
    /// strategy's own run kills too, and each costs time on every mutant.
    /// </summary>
    public static IReadOnlySet<string> MutatedStrategies { get; } = new HashSet<string>(
        (Environment.GetEnvironmentVariable(StrategiesVariable) ?? "greedy").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
        StringComparer.OrdinalIgnoreCase);
}
