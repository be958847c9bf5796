package id.latih.platform.outbox;

import id.latih.events.LatihEvent;
import id.latih.platform.domain.InvalidValueException;
import com.mongodb.bulk.BulkWriteError;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.BulkOperationException;
import org.springframework.data.mongodb.core.BulkOperations;
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
     * Inserts new aggregate documents, each already holding its pending events, in one unordered bulk write per
     * call: still one document per aggregate, each with its own events, so the outbox rule holds. Returns the ids
     * of the documents not written because a document with the same id exists; every other one is written.
     */
    public Set<Object> insertAllNew(List<?> documents) {
        if (documents.isEmpty()) {
            return Set.of();
        }
        List<Document> stored = new ArrayList<>(documents.size());
        boolean anyPending = false;
        Date due = Date.from(Instant.now());
        for (Object document : documents) {
            Document one = new Document();
            mongo.getConverter().write(document, one);
            List<?> pending = one.getList(PendingEvent.FIELD, Object.class, List.of());
            if (!pending.isEmpty()) {
                requireSendable(pending.stream().map(p -> PendingEventDocuments.read((Document) p)).toList());
                one.put(OutboxMarker.DUE, due);
                anyPending = true;
            }
            stored.add(one);
        }
        Set<Object> existing = new HashSet<>();
        try {
            mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, mongo.getCollectionName(documents.get(0).getClass()))
                    .insert(stored).execute();
        } catch (BulkOperationException partly) {
            for (BulkWriteError error : partly.getErrors()) {
                if (error.getCode() != DUPLICATE_KEY) {
                    throw partly;
                }
                existing.add(stored.get(error.getIndex()).get("_id"));
            }
        }
        if (anyPending && existing.size() < stored.size()) {
            relay.wakeUp();
        }
        return existing;
    }

    private static final int DUPLICATE_KEY = 11000;

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
