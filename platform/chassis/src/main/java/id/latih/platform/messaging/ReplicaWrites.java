package id.latih.platform.messaging;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Keeps a replica document in step with the aggregate it copies, using the version the aggregate's events carry.
 * Each write is one single-document operation conditional on the replica holding an older version, so:
 * <ul>
 *   <li>a redelivered event changes nothing (its version is already there), without keeping event ids;</li>
 *   <li>an event overtaken by a newer one (replay, a retry that outlived later events) never overwrites the newer
 *       state;</li>
 *   <li>a change that arrives before the event creating the document is refused with
 *       {@link TargetNotYetCreatedException}, which is retried until the creator has been applied.</li>
 * </ul>
 * A document written before versions existed has no version field and counts as older than any event.
 */
public class ReplicaWrites {

    public static final String VERSION = "sourceVersion";

    private final MongoTemplate mongo;

    public ReplicaWrites(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /**
     * Creates the replica document from the event that creates its aggregate, or brings an older copy up to it.
     * Returns false if the replica already holds this version or a newer one.
     */
    public boolean create(String collection, String id, long version, Update fields) {
        try {
            mongo.upsert(olderThan(id, version), fields.set(VERSION, version), collection);
            return true;
        } catch (DuplicateKeyException sameOrNewer) {
            // The document exists but is not older: the upsert tried to insert its _id again.
            return false;
        }
    }

    /**
     * Applies a later event's change to an existing replica document. Returns false if the replica already holds
     * this version or a newer one; throws {@link TargetNotYetCreatedException} if there is no document yet.
     */
    public boolean change(String collection, String id, long version, Update change) {
        long matched = mongo.updateFirst(olderThan(id, version), change.set(VERSION, version), collection)
                .getMatchedCount();
        if (matched == 1) {
            return true;
        }
        if (!mongo.exists(query(where("_id").is(id)), collection)) {
            throw new TargetNotYetCreatedException(collection, id);
        }
        return false;
    }

    private static Query olderThan(String id, long version) {
        return query(where("_id").is(id).orOperator(where(VERSION).lt(version), where(VERSION).exists(false)));
    }
}
