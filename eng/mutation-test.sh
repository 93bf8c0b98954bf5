#!/usr/bin/env bash
# Mutation testing of MentorGroups.Core with Stryker.NET (pinned in .config/dotnet-tools.json).
#
# Stryker changes the library's code one small fault at a time (a flipped comparison, a removed statement, a
# different constant) and runs tests/MentorGroups.Core.Tests against each change; a change no test notices is a
# "survivor". The score is killed / (killed + survived + timed out + no coverage). stryker-config.json at the repository
# root holds the settings; the Microsoft.Testing.Platform runner (test-runner "mtp") is required: with the default
# VSTest runner no test is discovered and every mutant is reported as surviving.
#
# Slow: a full run of the core library takes a long time on two cores (see docs/mutation-testing.md for the
# figures). Not part of .ci/run. Reports go to tests/MentorGroups.Core.Tests/StrykerOutput/<timestamp>/reports/
# (HTML, JSON, Markdown).
#
# Usage: eng/mutation-test.sh [extra Stryker options]
#   e.g. eng/mutation-test.sh --concurrency 4
#        eng/mutation-test.sh --mutate "**/Policies/**/*.cs"    (one folder, for a quick look)
#        eng/mutation-test.sh --break-at 80                      (exit non-zero below 80%)
set -euo pipefail

readonly REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

cd "${REPO_ROOT}"
dotnet tool restore

# The mutation profile of the tests (tests/MentorGroups.Core.Tests/Support/MutationRun.cs): every test still runs, but
# the conformance properties try fewer random requests each (override with MENTORGROUPS_CONFORMANCE_MAXTEST) and the
# 1,000-mentee group-quality measurement is skipped. Stryker runs the covering tests once per mutant on an
# instrumented library several times slower than the real one; at full size the slow tests exceed the per-test
# coverage timeout, are then run against every mutant, and the run takes hours.
export MENTORGROUPS_MUTATION_RUN=1
export MENTORGROUPS_CONFORMANCE_MAXTEST="${MENTORGROUPS_CONFORMANCE_MAXTEST:-20}"

# Stryker finds the library to mutate through the test project's references, so it runs from the test project.
cd tests/MentorGroups.Core.Tests
dotnet dotnet-stryker --config-file ../../stryker-config.json --skip-version-check "$@"
