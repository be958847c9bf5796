package id.latih.platform.outbox;

import id.latih.events.LatihEvent;
import id.latih.platform.domain.InvalidValueException;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * The two writes an aggregate needs, each one atomic single-document operation that stores the change together with
 * the events it causes and the relay's marker, followed by a nudge to the relay. Nothing else in a service writes
 * pending events. An event too large for the broker is refused here, before anything is stored: stored, it could
 * never be published.
 */
public class AggregateWrites {

    private final MongoTemplate mongo;
    private final OutboxRelay relay;
    private final int maxEventBytes;

    public AggregateWrites(MongoTemplate mongo, OutboxRelay relay, int maxEventBytes) {
        this.mongo = mongo;
        this.relay = relay;
        this.maxEventBytes = maxEventBytes;
    }

    /**
     * Inserts a new aggregate document that already holds its pending events. Returns false, writing nothing, if a
     * document with the same id exists: ids are derived from what makes an aggregate unique, so that is the answer
     * to "is it new?", given atomically by the primary key.
     */
    public boolean insertNew(Object document) {
        Document stored = new Document();
        mongo.getConverter().write(document, stored);
        List<?> pending = stored.getList(PendingEvent.FIELD, Object.class, List.of());
        if (!pending.isEmpty()) {
            requireSendable(pending.stream().map(p -> PendingEventDocuments.read((Document) p)).toList());
            stored.put(OutboxMarker.DUE, Date.from(Instant.now()));
        }
        try {
            mongo.insert(stored, mongo.getCollectionName(document.getClass()));
        } catch (DuplicateKeyException exists) {
            return false;
        }
        if (!pending.isEmpty()) {
            relay.wakeUp();
        }
        return true;
    }

    /**
     * Applies {@code change} and appends {@code events} to the one document matching {@code guard}, which states
     * the condition the change depends on (a status, a version, a free seat). Returns false if no document matched.
     */
    public boolean update(Query guard, Update change, Class<?> documentType, List<? extends LatihEvent> events) {
        if (!events.isEmpty()) {
            List<PendingEvent> pending = PendingEvent.allOf(events);
            requireSendable(pending);
            change.push(PendingEvent.FIELD).each(pending.toArray());
            OutboxMarker.markDue(change, Instant.now());
        }
        boolean changed = mongo.updateFirst(guard, change, documentType).getModifiedCount() == 1;
        if (changed && !events.isEmpty()) {
            relay.wakeUp();
        }
        return changed;
    }

    private void requireSendable(List<PendingEvent> events) {
        for (PendingEvent event : events) {
            int size = CloudEventMessages.sizeInBytes(event);
            if (size > maxEventBytes) {
                throw new InvalidValueException("body", "makes an event of " + size
                        + " bytes, more than the " + maxEventBytes + " bytes an event may have");
            }
        }
    }
}
