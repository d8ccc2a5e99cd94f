#!/usr/bin/env bash
# The main job on the bundled sample corpus: set up, ingest into warta.duckdb, print the summary,
# then start the dashboard (when the api extra is installed). Pass --no-serve to stop after ingest.
source "$(dirname "$0")/_venv.sh" "api"
db="${WARTA_DB:-warta.duckdb}"
set +e
warta ingest examples/ --db "$db"
status=$?
set -e
warta events --db "$db" --limit 15
if [ "${1:-}" != "--no-serve" ] && warta serve --help >/dev/null 2>&1; then
  exec warta serve --db "$db"
fi
exit $status
