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
}
