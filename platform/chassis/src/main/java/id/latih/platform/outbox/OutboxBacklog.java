package id.latih.platform.outbox;

import static org.springframework.data.mongodb.core.aggregation.Aggregation.group;
import static org.springframework.data.mongodb.core.aggregation.Aggregation.match;
import static org.springframework.data.mongodb.core.aggregation.Aggregation.newAggregation;
import static org.springframework.data.mongodb.core.aggregation.Aggregation.unwind;
import static org.springframework.data.mongodb.core.query.Criteria.where;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Gauges of what waits in the service's outbox: {@code latih.outbox.pending} (events not yet published),
 * {@code latih.outbox.oldest.age} (seconds since the oldest of them happened) and {@code latih.outbox.parked}.
 * Read through the marker's index; computed at most once a second however often they are scraped.
 */
public class OutboxBacklog implements MeterBinder {

    private static final Duration FRESH = Duration.ofSeconds(1);

    private final MongoTemplate mongo;
    private final List<String> collections;
    private volatile Snapshot last = new Snapshot(Instant.MIN, 0, 0, 0);

    public OutboxBacklog(MongoTemplate mongo, List<String> collections) {
        this.mongo = mongo;
        this.collections = collections;
    }

    private record Snapshot(Instant takenAt, double pending, double oldestAgeSeconds, double parked) {
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("latih.outbox.pending", this, b -> b.snapshot().pending())
                .description("Events waiting in aggregate documents to be published").register(registry);
        Gauge.builder("latih.outbox.oldest.age", this, b -> b.snapshot().oldestAgeSeconds()).baseUnit("seconds")
                .description("Age of the oldest event waiting to be published").register(registry);
        Gauge.builder("latih.outbox.parked", this, b -> b.snapshot().parked())
                .description("Events parked after the broker refused them").register(registry);
    }

    private Snapshot snapshot() {
        Snapshot current = last;
        Instant now = Instant.now();
        if (current.takenAt().plus(FRESH).isAfter(now)) {
            return current;
        }
        try {
            current = take(now);
        } catch (RuntimeException storeUnavailable) {
            current = new Snapshot(now, Double.NaN, Double.NaN, Double.NaN);
        }
        last = current;
        return current;
    }

    private Snapshot take(Instant now) {
        long pending = 0;
        Instant oldest = now;
        for (String collection : collections) {
            Document totals = mongo.aggregate(newAggregation(match(where(OutboxMarker.DUE).exists(true)),
                            unwind(PendingEvent.FIELD),
                            group().count().as("pending").min(PendingEvent.FIELD + ".occurredAt").as("oldest")),
                    collection, Document.class).getUniqueMappedResult();
            if (totals != null) {
                pending += ((Number) totals.get("pending")).longValue();
                Instant first = Instant.parse(totals.getString("oldest"));
                oldest = first.isBefore(oldest) ? first : oldest;
            }
        }
        long parked = mongo.getCollection(ParkedEvents.COLLECTION).estimatedDocumentCount();
        return new Snapshot(now, pending, Duration.between(oldest, now).toMillis() / 1000.0, parked);
    }
}
