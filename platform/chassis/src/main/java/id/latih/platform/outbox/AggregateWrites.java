package id.latih.platform.outbox;

import id.latih.events.LatihEvent;
import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * The two writes an aggregate needs, each one atomic single-document operation that stores the change together with
 * the events it causes, followed by a nudge to the relay. Nothing else in a service writes pending events.
 */
public class AggregateWrites {

    private final MongoTemplate mongo;
    private final OutboxRelay relay;

    public AggregateWrites(MongoTemplate mongo, OutboxRelay relay) {
        this.mongo = mongo;
        this.relay = relay;
    }

    /**
     * Inserts a new aggregate document that already holds its pending events. Returns false, writing nothing, if a
     * document with the same id exists: ids are derived from what makes an aggregate unique, so that is the answer
     * to "is it new?", given atomically by the primary key.
     */
    public boolean insertNew(Object document) {
        try {
            mongo.insert(document);
        } catch (DuplicateKeyException exists) {
            return false;
        }
        relay.wakeUp();
        return true;
    }

    /**
     * Applies {@code change} and appends {@code events} to the one document matching {@code guard}, which states
     * the condition the change depends on (a status, a version, a free seat). Returns false if no document matched.
     */
    public boolean update(Query guard, Update change, Class<?> documentType, List<? extends LatihEvent> events) {
        if (!events.isEmpty()) {
            change.push(PendingEvent.FIELD).each(PendingEvent.allOf(events).toArray());
        }
        boolean changed = mongo.updateFirst(guard, change, documentType).getModifiedCount() == 1;
        if (changed && !events.isEmpty()) {
            relay.wakeUp();
        }
        return changed;
    }
}
