package id.latih.platform.messaging;

import id.latih.events.CloudEventHeaders;
import id.latih.platform.metrics.EventMetrics;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

/**
 * Routes every message this service gave up on to its one dead-letter topic, {@code latih.dlq.<service>}, and
 * counts it. The letter keeps the original key, value and headers and gains {@code kafka_dlt-original-topic} and the
 * exception ({@link ConsumptionErrorHandling}), which is what {@link DeadLetterReplay} uses to send it back.
 */
public class DeadLetters {

    private final String topic;
    private final EventMetrics metrics;

    public DeadLetters(String serviceName, EventMetrics metrics) {
        this.topic = topicFor(serviceName);
        this.metrics = metrics;
    }

    public static String topicFor(String serviceName) {
        return "latih.dlq." + serviceName;
    }

    public String topic() {
        return topic;
    }

    /** The dead-letter topic for a record given up on; counts it as dead-lettered. */
    public String apply(ConsumerRecord<?, ?> record, Exception exception) {
        Header type = record.headers().lastHeader(CloudEventHeaders.TYPE);
        metrics.deadLettered(type == null ? "unknown" : new String(type.value(), StandardCharsets.UTF_8),
                record.topic());
        return topic;
    }
}
