package id.latih.platform.outbox;

import static java.nio.charset.StandardCharsets.UTF_8;

import id.latih.events.CloudEventHeaders;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;

/**
 * The one place that writes the CloudEvents Kafka binding (binary mode): {@code ce_*} headers as raw UTF-8 bytes so
 * that any Kafka client reads them as plain strings, the aggregate id as the record key, the JSON event as the value.
 */
public final class CloudEventMessages {

    private CloudEventMessages() {
    }

    public static Message<byte[]> toMessage(PendingEvent event) {
        return MessageBuilder.withPayload(event.payload().getBytes(UTF_8))
                .setHeader(KafkaHeaders.KEY, event.subject().getBytes(UTF_8))
                .setHeader(CloudEventHeaders.SPEC_VERSION, bytes(CloudEventHeaders.SPEC_VERSION_VALUE))
                .setHeader(CloudEventHeaders.ID, bytes(event.eventId()))
                .setHeader(CloudEventHeaders.SOURCE, bytes(event.source()))
                .setHeader(CloudEventHeaders.TYPE, bytes(event.ceType()))
                .setHeader(CloudEventHeaders.TIME, bytes(event.occurredAt()))
                .setHeader(CloudEventHeaders.SUBJECT, bytes(event.subject()))
                .setHeader(CloudEventHeaders.CONTENT_TYPE, bytes("application/json"))
                .setHeader(CloudEventHeaders.AGENCY, bytes(event.agencyCode()))
                .build();
    }

    private static byte[] bytes(String value) {
        return value.getBytes(UTF_8);
    }
}
