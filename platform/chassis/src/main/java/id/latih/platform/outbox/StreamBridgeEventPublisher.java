package id.latih.platform.outbox;

import id.latih.platform.metrics.EventMetrics;
import org.springframework.cloud.stream.function.StreamBridge;

/**
 * Publishes through Spring Cloud Stream. The Kafka binder is configured with acks=all, an idempotent producer and
 * synchronous sends, so a return means the broker has the record.
 */
public class StreamBridgeEventPublisher implements EventPublisher {

    private final StreamBridge streamBridge;
    private final EventMetrics metrics;

    public StreamBridgeEventPublisher(StreamBridge streamBridge, EventMetrics metrics) {
        this.streamBridge = streamBridge;
        this.metrics = metrics;
    }

    @Override
    public void publish(PendingEvent event) {
        if (!streamBridge.send(event.topic(), CloudEventMessages.toMessage(event))) {
            throw new IllegalStateException("The binder refused event " + event.eventId());
        }
        metrics.published(event.ceType());
    }
}
