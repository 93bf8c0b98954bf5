#!/usr/bin/env bash
# Mutation testing of MentorGroups.Core with Stryker.NET (pinned in .config/dotnet-tools.json).
#
# Stryker changes the library's code one small fault at a time (a flipped comparison, a removed statement, a
# different constant) and runs the tests against each change; a change no test notices is a "survivor". The score is
# killed / (killed + survived + timed out + no coverage): a timeout is reported apart and not counted as a kill
# (eng/mutation-score.sh prints the table per file after each run). See docs/mutation-testing.md for the results.
#
# Seven selections, each a Stryker configuration at the repository root and a set of test files compiled by
# tests/MentorGroups.Core.MutationTests (the same files as tests/MentorGroups.Core.Tests, no copies):
#   domain        (default) the domain model: participants, programmes, enrolments, groups, size policies, validation.
#                 stryker-config.json.
#   matching      the engine's core: hard constraints, teams, pair rules, the assignment, augmentation, greedy.
#   optimal       the exact strategy: the capacitated assignment solver, its dual check and heap.
#   stable        stable matching: deferred acceptance, the preference model, the hold heap.
#   group-search  the group-optimising strategy's local search.
#   group-formation  the default strategy: team plans, filling, size balancing, its group search and explanations.
#   strategies    optimal, stable and group-search in one Stryker run (one build and initial test run, not three).
#                 stryker-config.<selection>.json; small-instance tests only (the mutation profile below).
#   engine        matching, strategies, then group-formation: the whole matching engine, one Stryker run at a time.
# The matching engine's figure in docs/mutation-testing.md adds up the engine reports
# (eng/mutation-score.sh REPORT REPORT... prints them as one table).
#
# Why a selection project: Stryker 5.1's Microsoft.Testing.Platform runner (the only one that runs xUnit v3 tests
# here) could not run single tests per mutant on this suite: per-test coverage timed out and most mutant runs hit the
# timeout, which would have counted them as detected. With coverage analysis off, each mutant runs the whole
# selection, which takes a second or a few.
#
# Not part of .ci/run (CI only builds the selection project). Reports go to
# tests/MentorGroups.Core.MutationTests/StrykerOutput/<timestamp>/reports/ (HTML, JSON, Markdown).
#
# Usage: eng/mutation-test.sh [domain|matching|optimal|stable|group-search|group-formation|strategies|engine] [extra Stryker options]
#   e.g. eng/mutation-test.sh
#        eng/mutation-test.sh engine
#        eng/mutation-test.sh optimal --concurrency 1   (when the machine is busy)
#        eng/mutation-test.sh domain --break-at 80      (exit non-zero below 80%)
set -euo pipefail

readonly REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

selection="domain"
if [[ $# -gt 0 && "$1" != -* ]]; then
    selection="$1"
    shift
fi

readonly ENGINE_SELECTIONS=(matching strategies group-formation)

case "${selection}" in
    domain | matching | optimal | stable | group-search | group-formation | strategies) ;;
    engine)
        # Each part on its own, so that a part's report (and its per-file table) stands alone.
        for part in "${ENGINE_SELECTIONS[@]}"; do
            "${BASH_SOURCE[0]}" "${part}" "$@"
        done
        exit 0
        ;;
    *)
        printf 'mutation-test: unknown selection "%s"; use domain, matching, optimal, stable, group-search, group-formation, strategies or engine.\n' "${selection}" >&2
        exit 2
        ;;
esac

if [[ "${selection}" == "domain" ]]; then
    config="stryker-config.json"
else
    config="stryker-config.${selection}.json"
fi

# The built-in strategies whose code each engine selection mutates: their conformance properties run (small).
case "${selection}" in
    matching) strategies="greedy" ;;
    optimal) strategies="optimal" ;;
    stable) strategies="stable,stable-mentor-proposing" ;;
    group-search) strategies="group-optimising" ;;
    group-formation) strategies="group-formation" ;;
    strategies) strategies="optimal,stable,stable-mentor-proposing,group-optimising" ;;
    *) strategies="greedy" ;;
esac
export MENTORGROUPS_MUTATION_STRATEGIES="${strategies}"

cd "${REPO_ROOT}"
dotnet tool restore

# Read by the selection project (MSBuild takes environment variables as properties) when Stryker builds it.
export MutationSelection="${selection}"

# The mutation profile of the tests (tests/MentorGroups.Core.Tests/Support/MutationRun.cs): every selected test runs,
# but the conformance properties try fewer random requests each (override with MENTORGROUPS_CONFORMANCE_MAXTEST),
# since they run once per mutant on an instrumented library several times slower than the real one.
export MENTORGROUPS_MUTATION_RUN=1
# The engine selections try 5 small requests per invariant: their properties run the mutated hot paths themselves.
if [[ "${selection}" != "domain" ]]; then
    export MENTORGROUPS_CONFORMANCE_MAXTEST="${MENTORGROUPS_CONFORMANCE_MAXTEST:-5}"
else
    export MENTORGROUPS_CONFORMANCE_MAXTEST="${MENTORGROUPS_CONFORMANCE_MAXTEST:-10}"
fi

# Stryker finds the library to mutate through the test project's references, so it runs from the test project.
cd tests/MentorGroups.Core.MutationTests
dotnet dotnet-stryker --config-file "../../${config}" --skip-version-check "$@"

# Stryker's own score counts timed-out mutants as detected; the published figure does not (eng/mutation-score.sh).
"${REPO_ROOT}/eng/mutation-score.sh"
