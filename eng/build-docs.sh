#!/usr/bin/env bash
# Builds the documentation site into docs/_site: the guides in docs/ plus the API reference generated from the XML
# docs of the shipped libraries (Core, DependencyInjection, Testing).
#
# docfx (pinned in .config/dotnet-tools.json) runs with --warningsAsErrors, so a broken link, a missing file, a bad
# cross-reference or an unresolved <see cref> fails the build (exit code non-zero).
#
# Usage: eng/build-docs.sh [--serve]     (--serve also serves the site at http://localhost:8080 after building)
set -euo pipefail

readonly REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

cd "${REPO_ROOT}"
dotnet tool restore

# Start from nothing so a page or API file deleted from the sources cannot linger in the site.
rm -rf docs/_site docs/api/*.yml docs/api/.manifest

serve=()
if [[ "${1:-}" == "--serve" ]]; then
    serve=(--serve)
fi

dotnet docfx docs/docfx.json --warningsAsErrors "${serve[@]}"
echo "docs: built docs/_site"
