package id.latih.platform.outbox;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import id.latih.platform.metrics.EventMetrics;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Events the broker refused for good, taken out of their aggregate's pending list so that they block nothing, kept
 * here (collection {@value #COLLECTION}, one document per event, keyed by its id) with the reason until an operator
 * has fixed the cause and re-publishes them.
 */
public class ParkedEvents {

    public static final String COLLECTION = "outbox_parked";

    private final MongoTemplate mongo;
    private final EventMetrics metrics;

    public ParkedEvents(MongoTemplate mongo, EventMetrics metrics) {
        this.mongo = mongo;
        this.metrics = metrics;
    }

    /** A parked event: where it came from, why it is here, and the event itself. */
    public record Parked(String eventId, String collection, String reason, int attempts, Instant parkedAt,
                         PendingEvent event) {
    }

    /**
     * Parks the event; it must then be removed from its aggregate. Parking twice (a crash between the two writes)
     * keeps the first record: the key is the event id.
     */
    void park(String collection, Object aggregateId, PendingEvent event, String reason, int attempts) {
        try {
            mongo.insert(new Document("_id", event.eventId()).append("collection", collection)
                    .append("aggregateId", String.valueOf(aggregateId)).append("reason", reason)
                    .append("attempts", attempts).append("parkedAt", new Date())
                    .append("event", PendingEventDocuments.write(event)), COLLECTION);
            metrics.parked(event.ceType());
        } catch (DuplicateKeyException alreadyParked) {
            // parked by an earlier pass that stopped before removing it from its aggregate
        }
    }

    public List<Parked> list() {
        return mongo.find(new Query().with(Sort.by("parkedAt")), Document.class, COLLECTION).stream()
                .map(ParkedEvents::read).toList();
    }

    void remove(String eventId) {
        mongo.remove(query(where("_id").is(eventId)), COLLECTION);
    }

    void stillRefused(String eventId, String reason) {
        mongo.updateFirst(query(where("_id").is(eventId)), new Update().set("reason", reason).inc("attempts", 1),
                COLLECTION);
    }

    private static Parked read(Document d) {
        return new Parked(d.getString("_id"), d.getString("collection"), d.getString("reason"),
                d.getInteger("attempts", 0), d.getDate("parkedAt").toInstant(),
                PendingEventDocuments.read(d.get("event", Document.class)));
    }
}
