#!/usr/bin/env bash
# Overhead of the gateway: wrk (2 threads, 20 connections) on GET /api/needs through the gateway and directly to
# needs-service, with the same token, in the same run; prints requests/s of both, their ratio (target >= 0.6), p50 and
# p99 of each and the latency the gateway adds.
#
# Uses a running platform at --port-base (the gateway's port; needs-service is the next one, the authorization
# server +920), or starts one (./latih run) and stops it afterwards. A platform this script starts has the gateway's
# per-agency limit raised, so that the load measures the gateway rather than its rate limiter; against a running
# platform with the default limit (100 requests/s per agency) the refused requests are reported and the run fails.
#
# Usage: bench/gateway-overhead.sh [--port-base=8080] [--duration=30s] [--warmup=10s] [--client=dinkes-bandung]
#        [--secret=dinkes-bandung-secret] [--threads=2] [--connections=20]
# Needs wrk (Debian package "wrk"): installed with apt-get when run as root, otherwise asked for.
set -euo pipefail
cd "$(dirname "$0")/.."

base=8080 duration=30s warmup=10s client=dinkes-bandung secret=dinkes-bandung-secret threads=2 connections=20
for arg in "$@"; do
  case "$arg" in
    --port-base=*) base=${arg#*=} ;;
    --duration=*) duration=${arg#*=} ;;
    --warmup=*) warmup=${arg#*=} ;;
    --client=*) client=${arg#*=} ;;
    --secret=*) secret=${arg#*=} ;;
    --threads=*) threads=${arg#*=} ;;
    --connections=*) connections=${arg#*=} ;;
    *) echo "unknown option $arg (see the usage at the top of $0)" >&2; exit 2 ;;
  esac
done
gateway=http://localhost:$base
direct=http://localhost:$((base + 1))
issuer=http://localhost:$((base + 920))

if ! command -v wrk >/dev/null; then
  if [ "$(id -u)" = 0 ]; then
    apt-get install -y -q wrk >/dev/null || { apt-get update -q >/dev/null && apt-get install -y -q wrk >/dev/null; }
  else
    echo "wrk is needed: sudo apt-get install wrk" >&2
    exit 1
  fi
fi

healthy() {
  curl -sf -o /dev/null "$gateway/actuator/health/readiness" && curl -sf -o /dev/null "$direct/actuator/health/readiness"
}

started=""
cleanup() {
  if [ -n "$started" ]; then
    echo "Stopping the platform this benchmark started..."
    kill "$started" 2>/dev/null || true
    wait "$started" 2>/dev/null || true
  fi
}
trap cleanup EXIT

if ! healthy; then
  log=$(mktemp -t latih-bench-XXXXXX.log)
  echo "Starting the platform on port base $base (log: $log)..."
  # Relaxed binding: the gateway's per-agency allowance, high enough not to refuse the benchmark's load.
  LATIH_GATEWAY_RATE_LIMIT_REQUESTS_PER_PERIOD=1000000 LATIH_GATEWAY_RATELIMIT_REQUESTSPERPERIOD=1000000 \
    ./latih run --port-base="$base" --data="$(mktemp -d -t latih-bench-data-XXXXXX)" >"$log" 2>&1 &
  started=$!
  for _ in $(seq 1 300); do
    healthy && break
    kill -0 "$started" 2>/dev/null || { echo "The platform did not start:" >&2; tail -20 "$log" >&2; exit 1; }
    sleep 1
  done
  healthy || { echo "The platform is not ready after 300 s" >&2; exit 1; }
fi

token=$(./latih token "$client" "$secret" "$issuer")
[ -n "$token" ] || { echo "No token for $client from $issuer" >&2; exit 1; }
for url in "$gateway/api/needs" "$direct/api/needs"; do
  status=$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $token" "$url")
  [ "$status" = 200 ] || { echo "GET $url answers $status, not 200" >&2; exit 1; }
done

# Latency in ms from wrk's "50%    12.34ms" lines (units us, ms or s).
to_ms() {
  awk -v v="$1" 'BEGIN { n = v + 0; if (v ~ /us$/) n /= 1000; else if (v ~ /ms$/) n += 0; else if (v ~ /s$/) n *= 1000;
                         printf "%.2f", n }'
}

declare -A rps p50 p99
load() { # name url
  wrk -t"$threads" -c"$connections" -d"$warmup" -H "Authorization: Bearer $token" "$2" >/dev/null
  local out
  out=$(wrk -t"$threads" -c"$connections" -d"$duration" --latency -H "Authorization: Bearer $token" "$2")
  if grep -q "Non-2xx or 3xx responses" <<<"$out"; then
    echo "$out" >&2
    echo "$1: some responses were not 2xx (rate limited? see above); the figures would not measure the gateway" >&2
    exit 1
  fi
  rps[$1]=$(awk '/^Requests\/sec:/ { print $2 }' <<<"$out")
  p50[$1]=$(to_ms "$(awk '$1 == "50%" { print $2 }' <<<"$out")")
  p99[$1]=$(to_ms "$(awk '$1 == "99%" { print $2 }' <<<"$out")")
}

echo "wrk -t$threads -c$connections -d$duration (after $warmup of warm-up each), GET /api/needs as $client"
load direct "$direct/api/needs"
load gateway "$gateway/api/needs"

printf '%-8s %12s %10s %10s\n' "" "requests/s" "p50 ms" "p99 ms"
for name in direct gateway; do
  printf '%-8s %12.0f %10s %10s\n' "$name" "${rps[$name]}" "${p50[$name]}" "${p99[$name]}"
done
awk -v g="${rps[gateway]}" -v d="${rps[direct]}" -v g50="${p50[gateway]}" -v d50="${p50[direct]}" \
    -v g99="${p99[gateway]}" -v d99="${p99[direct]}" 'BEGIN {
  ratio = g / d
  printf "ratio gateway/direct: %.2f (target >= 0.60: %s)\n", ratio, (ratio >= 0.6 ? "met" : "NOT met")
  printf "added latency: p50 %+.2f ms, p99 %+.2f ms\n", g50 - d50, g99 - d99
}'
