#!/usr/bin/env bash
# Measures the outbox relay against a raw Kafka producer on the same broker, with the same record size, in one run:
# events/s from the outbox write to the consumer's applied effect, and from a raw producer (acknowledged, and to the
# same applied effect). Runs OutboxBench (chassis test sources) against the test broker and store; it is not part of
# the normal build. Usage: bench/outbox.sh [events]   (default 5000)
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -pl platform/chassis -am verify -Dtest=none -Dit.test=OutboxBench -Dbench.events="${1:-5000}" \
  -Dsurefire.failIfNoSpecifiedTests=false -Dfailsafe.failIfNoSpecifiedTests=false
grep '^BENCH' platform/chassis/target/failsafe-reports/id.latih.platform.OutboxBench-output.txt | sed 's/^BENCH //'
