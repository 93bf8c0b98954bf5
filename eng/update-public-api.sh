#!/usr/bin/env bash
# Records every public member of the shipped libraries in PublicAPI.Unshipped.txt (Microsoft.CodeAnalysis.PublicApiAnalyzers).
# Run it after an intentional change to the public surface, then review the diff of the PublicAPI.*.txt files:
# that diff is the public API change. At a release, move the lines from Unshipped to Shipped.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

for project in src/MentorGroups.Core src/MentorGroups.DependencyInjection src/MentorGroups.Testing; do
    name="$(basename "${project}")"
    for file in PublicAPI.Shipped.txt PublicAPI.Unshipped.txt; do
        [[ -f "${project}/${file}" ]] || printf '#nullable enable\n' > "${project}/${file}"
    done
    # The RS0017 fixer does not remove members that no longer exist, so Unshipped is rebuilt from scratch:
    # RS0016 then adds every public member that is not in Shipped.
    printf '#nullable enable\n' > "${project}/PublicAPI.Unshipped.txt"
    dotnet format analyzers "${project}/${name}.csproj" --diagnostics RS0016 RS0017 --severity info
done
