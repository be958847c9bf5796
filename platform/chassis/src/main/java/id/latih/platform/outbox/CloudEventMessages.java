package id.latih.platform.outbox;

import static java.nio.charset.StandardCharsets.UTF_8;

import id.latih.events.CloudEventHeaders;
import id.latih.platform.tracing.TraceContexts;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;

/**
 * The one place that writes the CloudEvents Kafka binding (binary mode): {@code ce_*} headers as raw UTF-8 bytes so
 * that any Kafka client reads them as plain strings, the aggregate id as the record key, the JSON event as the value.
 * The trace of the request that caused the event travels in the {@code traceparent} header (the CloudEvents
 * distributed-tracing extension), when there was one.
 */
public final class CloudEventMessages {

    /** Kafka's record batch header plus the per-record framing, an upper bound for one record alone in a batch. */
    private static final int RECORD_OVERHEAD = 61 + 21;

    private CloudEventMessages() {
    }

    public static ProducerRecord<byte[], byte[]> toRecord(PendingEvent event) {
        ProducerRecord<byte[], byte[]> record = new ProducerRecord<>(event.topic(), bytes(event.subject()),
                bytes(event.payload()));
        record.headers()
                .add(CloudEventHeaders.SPEC_VERSION, bytes(CloudEventHeaders.SPEC_VERSION_VALUE))
                .add(CloudEventHeaders.ID, bytes(event.eventId()))
                .add(CloudEventHeaders.SOURCE, bytes(event.source()))
                .add(CloudEventHeaders.TYPE, bytes(event.ceType()))
                .add(CloudEventHeaders.TIME, bytes(event.occurredAt()))
                .add(CloudEventHeaders.SUBJECT, bytes(event.subject()))
                .add(CloudEventHeaders.CONTENT_TYPE, bytes("application/json"))
                .add(CloudEventHeaders.AGENCY, bytes(event.agencyCode()));
        if (event.traceparent() != null) {
            record.headers().add(TraceContexts.TRACEPARENT, bytes(event.traceparent()));
        }
        return record;
    }

    /** The size of the event's record as the producer counts it against {@code max.request.size}, rounded up. */
    public static int sizeInBytes(PendingEvent event) {
        ProducerRecord<byte[], byte[]> record = toRecord(event);
        int size = RECORD_OVERHEAD + record.key().length + record.value().length;
        for (Header header : record.headers()) {
            size += 10 + bytes(header.key()).length + header.value().length;
        }
        return size;
    }

    private static byte[] bytes(String value) {
        return value.getBytes(UTF_8);
    }
}
