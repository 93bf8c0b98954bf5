#!/usr/bin/env bash
# Prints the mutation score of Stryker.NET JSON reports, per file and in total, with timeouts kept apart.
#
# Stryker counts a mutant whose test run timed out as detected. Here it is not: a timeout only says the mutant made
# the tests slower than the limit, not that a test noticed it, so the published score is
#     killed / (killed + survived + timed out + no coverage)
# and the timed-out and uncovered mutants are listed in their own columns. Mutants that did not compile or that
# Stryker ignored do not count.
#
# Usage: eng/mutation-score.sh [path/to/mutation-report.json ...]
#   default: the newest report under tests/MentorGroups.Core.MutationTests/StrykerOutput/
#   several reports (e.g. the engine's selections): one table over all their files, and one total.
set -euo pipefail

readonly REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
reports=("$@")
if [[ ${#reports[@]} -eq 0 ]]; then
    newest="$(ls -t "${REPO_ROOT}"/tests/MentorGroups.Core.MutationTests/StrykerOutput/*/reports/mutation-report.json 2>/dev/null | head -n 1 || true)"
    [[ -n "${newest}" ]] && reports=("${newest}")
fi

if [[ ${#reports[@]} -eq 0 ]]; then
    printf 'mutation-score: no mutation-report.json found; run eng/mutation-test.sh first or pass a report.\n' >&2
    exit 2
fi

for report in "${reports[@]}"; do
    [[ -f "${report}" ]] || { printf 'mutation-score: %s is not a file.\n' "${report}" >&2; exit 2; }
done

command -v jq > /dev/null || { printf 'mutation-score: jq is required.\n' >&2; exit 2; }

jq -r -s '
  def count(s): [.[] | select(.status == s)] | length;
  def row(name): {
      name: name,
      killed: count("Killed"), survived: count("Survived"), timeout: count("Timeout"), nocov: count("NoCoverage")
    } | . + { total: (.killed + .survived + .timeout + .nocov) };
  def pct(r): if r.total == 0 then "n/a" else ((r.killed * 10000 / r.total | round) / 100 | tostring) + " %" end;
  def line(r): "| `\(r.name)` | \(pct(r)) | \(r.killed) | \(r.timeout) | \(r.survived) | \(r.nocov) |";
  (map(.files | to_entries[]) | map({ key: (.key | sub(".*/src/MentorGroups.Core/"; "")), value: .value.mutants })) as $entries
  | ([$entries[] | .value as $m | .key as $k | $m | row($k)]) as $files
  | ([$entries[].value[]] | row("total")) as $total
  | "| File | Score | Killed | Timed out | Survived | No coverage |",
    "| --- | ---: | ---: | ---: | ---: | ---: |",
    ($files | sort_by(.name) | .[] | select(.total > 0) | line(.)),
    line($total)
' "${reports[@]}"
