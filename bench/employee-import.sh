#!/usr/bin/env bash
# Imports a deterministic staff workbook (.xlsx, every text in the shared strings table as Excel writes it) and
# prints rows/s and the peak heap against the -Xmx it ran with. Not part of the normal build.
#   bench/employee-import.sh [rows] [heap]             the import pipeline alone (spool, detect, stream-read,
#                                                      check, both passes) against stores that only count, so the
#                                                      heap is the import's own. Defaults: 200000 rows, 128m.
#   bench/employee-import.sh --service [rows] [heap]   the whole needs-service over HTTP, with the tests' in-memory
#                                                      store and broker in the same JVM (their data counts in the
#                                                      heap). Defaults: 20000 rows, 1g.
# The workbook is left in needs-service/target/bench/ to upload to a running platform as well (see the walkthrough).
set -euo pipefail
cd "$(dirname "$0")/.."
bench=EmployeeImportPipelineBench rows=200000 heap=128m
if [[ "${1:-}" == "--service" ]]; then
  shift
  bench=EmployeeImportServiceBench rows=20000 heap=1g
fi
rows="${1:-$rows}" heap="${2:-$heap}"
./mvnw -B -q -pl needs-service -am verify -Dtest=none -Dit.test="$bench" -Dbench.rows="$rows" \
  -DargLine="-Xmx$heap" -Dsurefire.failIfNoSpecifiedTests=false -Dfailsafe.failIfNoSpecifiedTests=false
grep '^BENCH' "needs-service/target/failsafe-reports/id.latih.needs.$bench-output.txt" | sed 's/^BENCH //'
