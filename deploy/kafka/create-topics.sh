#!/usr/bin/env bash
# Creates Latih's topics before any service starts, with the partitions, replication and retention of a province
# (docs/capacity.md explains the figures). Idempotent: an existing topic is left as it is (change one with
# kafka-topics.sh --alter / kafka-configs.sh --alter). Run by the compose file's one-shot `kafka-topics` service.
set -euo pipefail
bootstrap=${KAFKA_BOOTSTRAP:?}
partitions=${LATIH_KAFKA_PARTITIONS:-12}
replicas=${LATIH_KAFKA_REPLICATION_FACTOR:-3}
in_sync=${LATIH_KAFKA_MIN_INSYNC_REPLICAS:-2}
# Event topics are the history every replica and the live stream are rebuilt from: kept for ever by default (-1).
events_retention=${LATIH_EVENTS_RETENTION_MS:--1}
# Dead letters wait for an operator to fix the cause and replay them: 30 days by default.
dead_letter_retention=${LATIH_DEAD_LETTER_RETENTION_MS:-2592000000}

create() {
  /opt/kafka/bin/kafka-topics.sh --bootstrap-server "$bootstrap" --create --if-not-exists --topic "$1" \
    --partitions "$partitions" --replication-factor "$replicas" \
    --config min.insync.replicas="$in_sync" --config retention.ms="$2"
}

for stage in needs programs enrollments evaluations; do
  create "latih.$stage.events" "$events_retention"
done
for service in needs-service program-service enrollment-service evaluation-service; do
  create "latih.dlq.$service" "$dead_letter_retention"
done
/opt/kafka/bin/kafka-topics.sh --bootstrap-server "$bootstrap" --describe --topic 'latih\..*' | grep -v 'Partition:' || true
