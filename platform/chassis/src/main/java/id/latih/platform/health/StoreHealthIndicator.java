package id.latih.platform.health;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.bson.Document;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The service's store answers a {@code ping} within a short time. Replaces Boot's MongoDB check, whose {@code hello}
 * command the embedded stand-in does not know (every service looked DOWN and the store logged a stack trace per
 * probe). {@code ping} is answered by real MongoDB and the stand-in alike.
 *
 * <p>The driver waits up to its server-selection timeout (30 s) for a store that is gone, longer than any probe
 * should take; the ping runs on a thread of its own and the probe gives up after {@code timeout}. A ping still
 * waiting is joined by the next probe rather than started again, so a dead store never piles up threads.
 */
public class StoreHealthIndicator implements HealthIndicator, DisposableBean {

    private static final Document PING = new Document("ping", 1);

    private final MongoTemplate mongo;
    private final Duration timeout;
    private final ExecutorService pinger = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "latih-store-health");
        thread.setDaemon(true);
        return thread;
    });
    private CompletableFuture<Document> inFlight = CompletableFuture.completedFuture(null);

    public StoreHealthIndicator(MongoTemplate mongo, Duration timeout) {
        this.mongo = mongo;
        this.timeout = timeout;
    }

    @Override
    public Health health() {
        String database = mongo.getDb().getName();
        try {
            ping().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return Health.up().withDetail("database", database).build();
        } catch (TimeoutException e) {
            return Health.down().withDetail("database", database)
                    .withDetail("error", "no answer to ping within " + timeout.toMillis() + " ms").build();
        } catch (ExecutionException e) {
            return Health.down(e.getCause() instanceof Exception cause ? cause : e).withDetail("database", database)
                    .build();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Health.down(e).build();
        }
    }

    private synchronized CompletableFuture<Document> ping() {
        if (inFlight.isDone()) {
            inFlight = CompletableFuture.supplyAsync(() -> mongo.executeCommand(PING), pinger);
        }
        return inFlight;
    }

    @Override
    public void destroy() {
        pinger.shutdownNow();
    }
}
