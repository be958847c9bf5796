package id.latih.platform;

import id.latih.platform.outbox.OutboxMarker;
import id.latih.platform.outbox.PendingEvent;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;

/** Builds pending events and aggregate documents holding them, for relays the tests run over their own collections. */
final class OutboxFixtures {

    private OutboxFixtures() {
    }

    /** An event of a test type on any topic: the relay does not care what it carries. */
    static PendingEvent anEvent(String topic, String aggregateId, String body) {
        return new PendingEvent(UUID.randomUUID().toString(), "latih.test.ParcelSent.v1", topic, "/latih/chassis-test",
                aggregateId, "3273.DINKES", Instant.now().toString(), "{\"note\":\"" + body + "\"}");
    }

    static PendingEvent anEventAt(String topic, String aggregateId, Instant occurredAt) {
        return new PendingEvent(UUID.randomUUID().toString(), "latih.test.ParcelSent.v1", topic, "/latih/chassis-test",
                aggregateId, "3273.DINKES", occurredAt.toString(), "{}");
    }

    /** Stores an aggregate document with pending events, marked for the relay as every outbox write marks it. */
    static void storePending(MongoTemplate mongo, String collection, String aggregateId, List<PendingEvent> events) {
        mongo.insert(new Document("_id", aggregateId)
                .append(PendingEvent.FIELD, mongo.getConverter().convertToMongoType(events))
                .append(OutboxMarker.DUE, new Date()), collection);
    }

    static List<String> pendingIds(MongoTemplate mongo, String collection, String aggregateId) {
        Document d = mongo.findById(aggregateId, Document.class, collection);
        return d.getList(PendingEvent.FIELD, Document.class).stream().map(e -> e.getString("eventId")).toList();
    }

    static boolean marked(MongoTemplate mongo, String collection, String aggregateId) {
        return mongo.findById(aggregateId, Document.class, collection).containsKey(OutboxMarker.DUE);
    }
}
