#!/usr/bin/env bash
# Measures the AKPK analysis of one agency: N employees (default 20000) x 12 competencies, each with an
# assessment-centre level and an SKP rating, analysed, verified and approved through the API, with the heap of the
# test JVM stated (it also holds the in-JVM store and broker). Runs AkpkBench (needs-service test sources) against
# the test broker and store; it is not part of the normal build. Usage: bench/akpk.sh [employees] [heap]
# (defaults 20000 and 1g)
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -pl needs-service -am verify -Dtest=none -Dit.test=AkpkBench -Dbench.employees="${1:-20000}" \
  -DargLine="-Xmx${2:-1g}" -Dsurefire.failIfNoSpecifiedTests=false -Dfailsafe.failIfNoSpecifiedTests=false
grep '^BENCH' needs-service/target/failsafe-reports/id.latih.needs.adapter.out.mongo.AkpkBench-output.txt \
  | sed 's/^BENCH //'
