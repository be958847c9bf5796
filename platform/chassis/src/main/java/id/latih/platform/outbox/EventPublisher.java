package id.latih.platform.outbox;

/** Publishes one pending event and returns only once the broker has acknowledged it; throws otherwise. */
public interface EventPublisher {

    void publish(PendingEvent event);
}
