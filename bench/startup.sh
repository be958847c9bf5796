#!/usr/bin/env bash
# Measures the embedded platform: time until every part is healthy, cold (fresh data folder: Kafka storage is
# formatted, databases created) and warm (restart on the same data), and the resident memory of each process.
# Usage: bench/startup.sh        (uses ports 28080-28084, 29000, 29192-29193, 27317)
set -euo pipefail
cd "$(dirname "$0")/.."
[ -f embedded/target/latih-embedded.jar ] || ./mvnw -B -q -DskipTests package
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

run() {
  local label=$1 out="$work/$1.out"
  java -jar embedded/target/latih-embedded.jar --home="$PWD" --data="$work/data" --port-base=28080 \
    --auth-port=29000 --kafka-port=29192 --kafka-controller-port=29193 --store-port=27317 > "$out" 2>&1 &
  local pid=$!
  for _ in $(seq 1 360); do
    grep -q "Latih is up" "$out" && break
    kill -0 "$pid" 2>/dev/null || { cat "$out"; exit 1; }
    sleep 0.5
  done
  printf '%-5s %s\n' "$label" "$(grep -o 'all healthy in [0-9.]* s' "$out")"
  if [ "$label" = warm ]; then
    sleep 10
    echo "Resident memory after start-up (RSS):"
    for child in "$pid" $(pgrep -P "$pid"); do
      args=$(ps -o args= -p "$child")
      case "$args" in
        *kafka.Kafka*) name="Kafka broker" ;;
        *-exec.jar*) name=$(grep -oE '[a-z-]+-0\.1\.0-SNAPSHOT-exec\.jar' <<< "$args" | sed 's/-0.1.0-SNAPSHOT-exec.jar//') ;;
        *) name="launcher + MongoDB-wire store" ;;
      esac
      printf '  %-32s %6d MB\n' "$name" $(( $(ps -o rss= -p "$child") / 1024 ))
    done
  fi
  kill -TERM "$pid"
  wait "$pid" || true
}

run cold
run warm
