package id.latih.platform.outbox;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import id.latih.platform.metrics.EventMetrics;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Publishes the events waiting in aggregate documents, oldest first within each aggregate, then removes exactly the
 * ones it published. A crash between the two publishes them again on the next pass; consumers are idempotent, so
 * that is harmless. A failed publish stops the aggregate's turn (keeping order) and the pass; the next pass retries.
 */
public class OutboxRelay implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

    private final MongoTemplate mongo;
    private final EventPublisher publisher;
    private final OutboxProperties properties;
    private final EventMetrics metrics;
    private final Semaphore wake = new Semaphore(0);
    private volatile boolean running;
    private Thread worker;

    public OutboxRelay(MongoTemplate mongo, EventPublisher publisher, OutboxProperties properties,
                       EventMetrics metrics) {
        this.mongo = mongo;
        this.publisher = publisher;
        this.properties = properties;
        this.metrics = metrics;
    }

    /** Asks for a pass now, e.g. right after a command wrote pending events. */
    public void wakeUp() {
        wake.release();
    }

    /** One pass over every outbox collection. Returns how many events it published. */
    public int relayPending() {
        int published = 0;
        for (String collection : properties.collections()) {
            List<Document> documents = mongo.find(query(where(PendingEvent.FIELD + ".0").exists(true))
                    .limit(properties.batchSize()), Document.class, collection);
            for (Document document : documents) {
                RelayOutcome outcome = relay(collection, document);
                published += outcome.published();
                if (outcome.failed()) {
                    return published;
                }
            }
        }
        return published;
    }

    private RelayOutcome relay(String collection, Document document) {
        List<String> published = new ArrayList<>();
        boolean failed = false;
        for (Document pending : document.getList(PendingEvent.FIELD, Document.class)) {
            try {
                publisher.publish(PendingEventDocuments.read(pending));
                published.add(pending.getString("eventId"));
            } catch (RuntimeException e) {
                metrics.publishFailed(pending.getString("ceType"));
                log.warn("Publishing event {} failed, will retry: {}", pending.getString("eventId"), e.toString());
                failed = true;
                break;
            }
        }
        if (!published.isEmpty()) {
            mongo.updateFirst(query(where("_id").is(document.get("_id"))),
                    new Update().pull(PendingEvent.FIELD, new Document("eventId", new Document("$in", published))),
                    collection);
        }
        return new RelayOutcome(published.size(), failed);
    }

    private record RelayOutcome(int published, boolean failed) {
    }

    private void loop() {
        while (running) {
            try {
                if (relayPending() > 0) {
                    continue; // more may be waiting beyond this pass's batch
                }
            } catch (RuntimeException e) {
                log.warn("Outbox pass failed, will retry: {}", e.toString());
            }
            try {
                wake.tryAcquire(properties.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
                wake.drainPermits();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    @Override
    public void start() {
        running = true;
        worker = new Thread(this::loop, "outbox-relay");
        worker.setDaemon(true);
        worker.start();
    }

    @Override
    public void stop() {
        running = false;
        if (worker != null) {
            worker.interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        // After the binder's bindings start, before they stop.
        return Integer.MAX_VALUE - 1000;
    }
}
