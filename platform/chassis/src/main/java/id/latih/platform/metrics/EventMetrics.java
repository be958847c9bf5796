package id.latih.platform.metrics;

import io.micrometer.core.instrument.MeterRegistry;

/** Counters for events published, parked, consumed, failed and dead-lettered, each tagged by the event's wire type. */
public class EventMetrics {

    private final MeterRegistry registry;

    public EventMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    public void published(String ceType) {
        registry.counter("latih.events.published", "type", ceType).increment();
    }

    public void publishFailed(String ceType) {
        registry.counter("latih.events.publish.failed", "type", ceType).increment();
    }

    /** An event the broker refused for good, taken out of its aggregate's pending list. */
    public void parked(String ceType) {
        registry.counter("latih.events.parked", "type", ceType).increment();
    }

    public void consumed(String ceType, String outcome) {
        registry.counter("latih.events.consumed", "type", ceType, "outcome", outcome).increment();
    }

    public void consumeFailed(String ceType) {
        registry.counter("latih.events.failed", "type", ceType).increment();
    }

    public void deadLettered(String ceType, String topic) {
        registry.counter("latih.events.dead.lettered", "type", ceType, "topic", topic).increment();
    }
}
