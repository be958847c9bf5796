package id.latih.platform.messaging;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Applies an event's effect to one document exactly once. The effect and the event's id land in the same atomic
 * single-document upsert, conditional on the id not being there yet:
 * <ul>
 *   <li>no document yet: the upsert creates it with the effect and the id;</li>
 *   <li>document without the id: the update applies the effect and records the id;</li>
 *   <li>document with the id: the condition fails, the upsert tries to insert the same {@code _id} and the unique
 *       primary key refuses it. That refusal is the "already applied" answer and nothing else can cause it.</li>
 * </ul>
 */
public class AppliedEvents {

    public static final String FIELD = "appliedEventIds";

    private final MongoTemplate mongo;

    public AppliedEvents(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Returns true if this call applied the effect, false if the event had been applied before. */
    public boolean applyOnce(String collection, String documentId, UUID eventId, Update effect) {
        try {
            mongo.upsert(query(where("_id").is(documentId).and(FIELD).ne(eventId.toString())),
                    effect.addToSet(FIELD, eventId.toString()), collection);
            return true;
        } catch (DuplicateKeyException alreadyApplied) {
            return false;
        }
    }
}
