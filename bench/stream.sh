#!/usr/bin/env bash
# Delivery delay of the live event stream (GET /api/stream) with many concurrent subscribers: a gateway and a Kafka
# broker in one JVM, N non-blocking SSE clients for a province analyst (each receives every event), events sent to
# Kafka at a steady rate stamped with their send time; prints p50/p99/max from Kafka send to subscriber. Runs
# StreamBench (gateway test sources); not part of the normal build. Clients and gateway share the machine's cores.
# Usage: bench/stream.sh [subscribers] [events per second] [seconds]   (defaults 1000 20 20)
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -pl gateway -am verify -Dtest=none -Dit.test=StreamBench -Dbench.subscribers="${1:-1000}" \
  -Dbench.rate="${2:-20}" -Dbench.seconds="${3:-20}" \
  -Dsurefire.failIfNoSpecifiedTests=false -Dfailsafe.failIfNoSpecifiedTests=false
grep '^BENCH' gateway/target/failsafe-reports/id.latih.gateway.stream.StreamBench-output.txt | sed 's/^BENCH //'
