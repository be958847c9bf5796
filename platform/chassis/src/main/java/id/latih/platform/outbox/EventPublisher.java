package id.latih.platform.outbox;

import java.util.concurrent.CompletableFuture;

/**
 * Sends one pending event without waiting; the future completes once the broker has acknowledged the record, or
 * exceptionally with the reason it will not. Sends of one aggregate, issued in order, are stored in that order.
 */
public interface EventPublisher {

    CompletableFuture<Void> send(PendingEvent event);
}
