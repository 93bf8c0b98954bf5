#!/usr/bin/env bash
# Consumer test: proves that what users install works.
#
#   1. packs every shipped project into artifacts/packages (dotnet pack, Release, warnings are errors),
#   2. removes any copy of the MentorGroups packages of that version from the NuGet global packages folder, so the
#      consumer can only restore the files just packed (a stale copy from an earlier pack would otherwise win),
#   3. restores and builds tests/MentorGroups.PackageConsumer for net8.0 and net10.0 against those packages
#      (package references, not project references; its NuGet.config maps MentorGroups.* to the local folder),
#   4. runs the net10.0 build: DI registration, strategy resolution, a small match, and the conformance kit
#      against a strategy written in the consumer. (Only net10.0 runs: a .NET 8 runtime need not be installed.)
#
# Exits non-zero when any step fails. .ci/run calls it after the tests and fails the run when it fails; it does not
# add to the "N passed, N failed" counts, which stay the counts of the test projects' TRX reports.
#
# Usage: eng/consumer-test.sh [--no-build | --no-pack]
#   --no-build  packs without building first (the solution is already built in Release, as in .ci/run)
#   --no-pack   reuses the packages already in artifacts/packages
set -euo pipefail

readonly REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
readonly CONSUMER="${REPO_ROOT}/tests/MentorGroups.PackageConsumer/MentorGroups.PackageConsumer.csproj"
readonly PACKAGES="${REPO_ROOT}/artifacts/packages"
readonly PACKAGE_IDS=(MentorGroups.Core MentorGroups.DependencyInjection MentorGroups.Testing)

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

log() {
    printf '\n==> consumer test: %s\n' "$*"
}

pack=true
pack_options=()
case "${1:-}" in
    "") ;;
    --no-pack) pack=false ;;
    --no-build) pack_options=(--no-build) ;;
    *) echo "consumer test: unknown option '$1'; use --no-build or --no-pack" >&2; exit 2 ;;
esac

cd "${REPO_ROOT}"

# The one version, as MSBuild computes it from Directory.Build.props (VersionPrefix, plus any VersionSuffix).
version="$(dotnet msbuild src/MentorGroups.Core/MentorGroups.Core.csproj -getProperty:PackageVersion -p:Configuration=Release)"
[[ -n "${version}" ]] || { echo "consumer test: could not read the package version" >&2; exit 1; }

if [[ "${pack}" == true ]]; then
    log "packing ${version} into artifacts/packages"
    rm -rf "${PACKAGES}"
    dotnet pack MentorGroups.Core.sln -c Release -warnaserror "${pack_options[@]}"
fi

for id in "${PACKAGE_IDS[@]}"; do
    [[ -f "${PACKAGES}/${id}.${version}.nupkg" ]] || { echo "consumer test: ${id}.${version}.nupkg is not in artifacts/packages" >&2; exit 1; }
done

# NuGet never re-extracts a version it already holds, so a package packed earlier with the same version would be used.
global_packages="$(dotnet nuget locals global-packages --list | sed -n 's/^global-packages: *//p')"
if [[ -n "${global_packages}" ]]; then
    for id in "${PACKAGE_IDS[@]}"; do
        rm -rf "${global_packages%/}/${id,,}/${version}"
    done
fi

log "building the consumer for net8.0 and net10.0 against ${version}"
rm -rf "$(dirname "${CONSUMER}")/bin" "$(dirname "${CONSUMER}")/obj"
dotnet build "${CONSUMER}" -c Release -warnaserror -p:MentorGroupsVersion="${version}"

log "running the consumer (net10.0)"
dotnet run --project "${CONSUMER}" -c Release -f net10.0 --no-build -p:MentorGroupsVersion="${version}"
log "passed"
