package id.latih.gateway.stream;

import id.latih.events.LatihEvent;
import id.latih.platform.outbox.CloudEventMessages;
import id.latih.platform.outbox.PendingEvent;
import java.util.List;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.record.TimestampType;

/** Kafka records exactly as the services' outbox relay writes them, and the stream events made from them. */
final class Records {

    static final CloudEventJson CLOUD_EVENTS = new CloudEventJson(
            new PersonalData(List.of("nip", "name", "supervisorNip")));

    private Records() {
    }

    static ConsumerRecord<byte[], byte[]> record(LatihEvent event, long timestamp) {
        ProducerRecord<byte[], byte[]> produced = CloudEventMessages.toRecord(PendingEvent.of(event));
        return new ConsumerRecord<>(produced.topic(), 0, 0, timestamp, TimestampType.CREATE_TIME,
                produced.key().length, produced.value().length, produced.key(), produced.value(), produced.headers(),
                Optional.empty());
    }

    static StreamEvent streamEvent(LatihEvent event, long sequence, long timestamp) {
        return CLOUD_EVENTS.toEvent(record(event, timestamp), sequence).orElseThrow();
    }

    static StreamEvent streamEvent(LatihEvent event) {
        return streamEvent(event, 1, event.occurredAt().toEpochMilli());
    }
}
