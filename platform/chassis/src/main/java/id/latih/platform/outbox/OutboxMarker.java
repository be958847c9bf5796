package id.latih.platform.outbox;

import java.time.Instant;
import java.util.Date;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Update;

/**
 * The small indexed field that tells the relay which documents have pending events and when each is next due.
 * Every write that pushes pending events sets it in the same write with {@code $min}, so a new event never
 * postpones one already waiting; the relay moves it forward to back off a failing event and removes it only where
 * the pending list is empty, in one conditional write, so an event appended meanwhile keeps its document marked.
 * The relay finds work through the index on this field instead of scanning the collection.
 */
public final class OutboxMarker {

    /** When the document's first pending event is next due for publishing. Absent: nothing pending. */
    public static final String DUE = "outboxDue";
    /** Failed attempts of the document's first pending event: {@code attempts} of any kind, {@code refusals}. */
    static final String RETRY = "outboxRetry";

    private OutboxMarker() {
    }

    /** Adds "due now (or earlier)" to a write that pushes pending events. */
    static Update markDue(Update update, Instant now) {
        return update.min(DUE, Date.from(now));
    }

    static Criteria dueBy(Instant now) {
        return Criteria.where(DUE).lte(Date.from(now));
    }

    static Criteria nothingPending() {
        return Criteria.where(PendingEvent.FIELD + ".0").exists(false);
    }
}
