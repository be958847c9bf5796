package id.latih.platform.outbox;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Which replica of a service relays its outbox: one document per service in {@value #COLLECTION} names the holder and
 * when its lease runs out. Taken and renewed by one conditional upsert (held by me, or expired); when another replica
 * holds a live lease the condition fails, the upsert tries to insert the service's existing {@code _id} and the
 * primary key refuses it: "not yours". No transaction, no clock shared beyond the replicas' own (skew shortens or
 * lengthens a takeover by the skew, never gives two replicas the lease for long).
 */
public class RelayLease {

    public static final String COLLECTION = "outbox_leases";

    private final MongoTemplate mongo;
    private final String service;
    private final String holder;
    private final Duration duration;
    private volatile Instant renewAfter = Instant.MIN;

    public RelayLease(MongoTemplate mongo, String service, String holder, Duration duration) {
        this.mongo = mongo;
        this.service = service;
        this.holder = holder;
        this.duration = duration;
    }

    /**
     * Takes or renews the lease; true if this relay holds it. A held lease is renewed once a third of it has passed,
     * not on every call, so a busy relay does not pay a write per pass.
     */
    public boolean hold() {
        Instant now = Instant.now();
        if (now.isBefore(renewAfter)) {
            return true;
        }
        renewAfter = Instant.MIN;
        try {
            mongo.upsert(query(where("_id").is(service).orOperator(where("holder").is(holder),
                            where("expiresAt").lt(Date.from(now)))),
                    new Update().set("holder", holder).set("expiresAt", Date.from(now.plus(duration))), COLLECTION);
            renewAfter = now.plus(duration.dividedBy(3));
            return true;
        } catch (DuplicateKeyException heldByAnother) {
            return false;
        }
    }

    /** Gives the lease up at once (on an orderly stop), so another replica takes over without waiting it out. */
    public void release() {
        renewAfter = Instant.MIN;
        mongo.updateFirst(query(where("_id").is(service).and("holder").is(holder)),
                new Update().set("expiresAt", new Date(0)), COLLECTION);
    }
}
