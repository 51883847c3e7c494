#!/usr/bin/env bash
# Builds the site while holding a lock, so that several writers on one machine never run
# two Astro builds at once (they share node_modules/.astro). Prints only the end of the log
# unless the build fails.
set -uo pipefail
cd "$(dirname "$0")/.."
export ASTRO_TELEMETRY_DISABLED=1
log=$(mktemp)
flock /tmp/estaleiro-build.lock npx astro build >"$log" 2>&1
rc=$?
if [ $rc -ne 0 ]; then cat "$log"; else grep -E 'WARN|error|page\(s\) built' "$log"; fi
rm -f "$log"
exit $rc
