package id.latih.platform.outbox;

import java.util.List;

/**
 * An aggregate document as the relay reads it: its id, its pending events in order and how often the first of them
 * has failed ({@code attempts} of any kind, {@code refusals} the permanent ones among them).
 */
record DueDocument(String collection, Object id, List<PendingEvent> events, int attempts, int refusals) {

    PendingEvent head() {
        return events.get(0);
    }

    /**
     * Once the first event has failed, only it is sent (alone) until it goes through or is parked: no later event of
     * the aggregate may overtake it.
     */
    List<PendingEvent> toSend() {
        return attempts > 0 ? List.of(head()) : events;
    }
}
