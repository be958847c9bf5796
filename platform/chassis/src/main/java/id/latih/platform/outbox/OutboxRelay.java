package id.latih.platform.outbox;

import id.latih.platform.metrics.EventMetrics;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The service's relay thread: while it holds the service's {@link RelayLease} it runs {@link RelayPass}es, right
 * away when a command has written events, otherwise every poll interval. Each turn of the loop is recorded, so the
 * health indicator can tell a live relay from a dead or stuck one. At its first turn it prepares the outbox
 * collections (index, marks of older documents).
 */
public class OutboxRelay implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    /** Short: what a stopped pass had published but not yet removed is published again, which consumers absorb. */
    private static final Duration STOP_GRACE = Duration.ofSeconds(2);

    private final OutboxDocuments documents;
    private final RelayPass pass;
    private final RelayLease lease;
    private final OutboxProperties properties;
    private final Semaphore wake = new Semaphore(0);
    private volatile boolean running;
    private volatile boolean prepared;
    private volatile boolean leaseHeld;
    private volatile Instant lastTurn = Instant.now();
    private volatile Thread worker;

    public OutboxRelay(MongoTemplate mongo, EventPublisher publisher, ParkedEvents parked, RelayLease lease,
                       OutboxProperties properties, EventMetrics metrics) {
        this.documents = new OutboxDocuments(mongo);
        this.pass = new RelayPass(documents, publisher, parked, properties, metrics);
        this.lease = lease;
        this.properties = properties;
    }

    /** Asks for a pass now, e.g. right after a command wrote pending events. */
    public void wakeUp() {
        wake.release();
    }

    /** One pass over every outbox collection, lease or not (for tests and tools). Returns how many it published. */
    public int relayPending() {
        prepare();
        return pass.run();
    }

    /** The state the health indicator reports. */
    public record Status(boolean running, boolean alive, Instant lastTurn, boolean leaseHeld) {
    }

    public Status status() {
        Thread current = worker;
        return new Status(running, current != null && current.isAlive(), lastTurn, leaseHeld);
    }

    private void prepare() {
        if (!prepared) {
            properties.collections().forEach(documents::prepare);
            prepared = true;
        }
    }

    private void loop() {
        while (running) {
            lastTurn = Instant.now();
            boolean more = false;
            try {
                leaseHeld = lease.hold();
                if (leaseHeld) {
                    more = relayPending() > 0; // more may be waiting beyond this pass's batch
                } else {
                    prepare();
                }
            } catch (RuntimeException e) {
                log.warn("Outbox pass failed, will retry: {}", e.toString());
            }
            if (!more && !pause()) {
                return;
            }
        }
    }

    private boolean pause() {
        try {
            wake.tryAcquire(properties.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
            wake.drainPermits();
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Override
    public void start() {
        running = true;
        lastTurn = Instant.now();
        worker = new Thread(this::loop, "outbox-relay");
        worker.setDaemon(true);
        worker.start();
    }

    @Override
    public void stop() {
        running = false;
        wakeUp(); // let a pass in progress finish and settle what it sent; interrupt it if the broker keeps it
        Thread current = worker;
        if (current != null) {
            try {
                current.join(STOP_GRACE.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            current.interrupt();
        }
        leaseHeld = false;
        try {
            lease.release();
        } catch (RuntimeException e) {
            log.warn("Could not release the relay lease; it runs out by itself: {}", e.toString());
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
