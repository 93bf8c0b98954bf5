#!/usr/bin/env bash
# Replays docs/getting-started-coordinators.md as a coordinator would: from a clean clone of this repository, every
# ```sh block of the guide runs in order, as written, in one folder that holds the clone as "mentorgroups". The tool is
# packed and installed exactly as the guide says (dotnet tool install --global), into a throw-away tools folder, so
# nothing of the machine's own setup is used or changed. Then the files the guide promises are checked.
#
# Exits non-zero when a step fails or a promised file is missing. .ci/run calls it; it adds no test counts.
#
# Usage: eng/replay-coordinator-guide.sh
set -euo pipefail

readonly REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
readonly GUIDE="${REPO_ROOT}/docs/getting-started-coordinators.md"
readonly WORK="$(mktemp -d "${TMPDIR:-/tmp}/mentorgroups-guide.XXXXXX")"
trap 'rm -rf "${WORK}"' EXIT

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

log() {
    printf '\n==> coordinator guide: %s\n' "$*"
}

# Global tools go to $DOTNET_CLI_HOME/.dotnet/tools: a folder of this run, put on PATH as the installer advises.
export DOTNET_CLI_HOME="${WORK}/home"
export PATH="${DOTNET_CLI_HOME}/.dotnet/tools:${PATH}"
mkdir -p "${DOTNET_CLI_HOME}"

# A tool package of this version cached by an earlier run would be installed instead of the one just packed.
version="$(sed -n 's:.*<VersionPrefix>\(.*\)</VersionPrefix>.*:\1:p' "${REPO_ROOT}/Directory.Build.props")"
rm -rf "${NUGET_PACKAGES:-${HOME}/.nuget/packages}/mentorgroups.cli/${version}"

log "cloning the repository (committed files only)"
git clone --quiet "${REPO_ROOT}" "${WORK}/mentorgroups"

# Every ```sh block, in order; a line ending in a backslash continues on the next, as in a terminal.
mapfile -d '' blocks < <(awk '
    /^```sh[[:space:]]*$/ { inside = 1; block = ""; next }
    /^```[[:space:]]*$/ && inside { inside = 0; printf "%s%c", block, 0; next }
    inside { block = block $0 "\n" }
' "${GUIDE}")
[[ ${#blocks[@]} -gt 0 ]] || { echo "coordinator guide: no sh blocks found in ${GUIDE}" >&2; exit 1; }

cd "${WORK}"
step=0
for block in "${blocks[@]}"; do
    step=$((step + 1))
    log "step ${step}:"
    printf '%s' "${block}" | sed 's/^/    $ /'
    bash -euo pipefail -c "${block}" >"${WORK}/step-${step}.log" 2>&1 || {
        cat "${WORK}/step-${step}.log" >&2
        echo "coordinator guide: step ${step} failed" >&2
        exit 1
    }
    tail -n 3 "${WORK}/step-${step}.log" | sed 's/^/    /'
done

log "checking the files the guide promises"
promised=(sample.html my-programme/participants.csv my-programme/programme.json groups.csv groups.json groups.html)
for file in "${promised[@]}"; do
    [[ -s "${WORK}/${file}" ]] || { echo "coordinator guide: ${file} was not written" >&2; exit 1; }
done
invites=("${WORK}"/invites/*.ics)
[[ -s "${invites[0]}" ]] || { echo "coordinator guide: no calendar invite was written" >&2; exit 1; }
log "every step worked as written (${step} steps, ${#invites[@]} calendar invites)"
