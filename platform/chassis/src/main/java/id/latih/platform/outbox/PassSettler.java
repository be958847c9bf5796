package id.latih.platform.outbox;

import id.latih.platform.metrics.EventMetrics;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decides, for one aggregate after a pass, what to write back: which events are gone (published or parked) and,
 * if its first remaining event failed, when to try it again. Parks an event the broker has refused often enough.
 */
class PassSettler {

    private static final Logger log = LoggerFactory.getLogger(PassSettler.class);

    private final ParkedEvents parked;
    private final OutboxProperties properties;
    private final EventMetrics metrics;

    PassSettler(ParkedEvents parked, OutboxProperties properties, EventMetrics metrics) {
        this.parked = parked;
        this.properties = properties;
        this.metrics = metrics;
    }

    /**
     * The published prefix is removed. At the first failure the rest stays pending (a later event that happened to
     * get through is sent again after it: a duplicate, which consumers absorb, rather than a gap). A permanent
     * failure that has now been refused often enough is parked instead, and the aggregate moves on.
     */
    Settlement settle(DueDocument document, List<CompletableFuture<Void>> sends, Instant now) {
        List<String> removed = new ArrayList<>();
        if (document.events().isEmpty()) {
            return Settlement.done(document, removed); // marked but empty: only the marker goes
        }
        for (int i = 0; i < sends.size(); i++) {
            PendingEvent event = document.toSend().get(i);
            Throwable failure = sends.get(i).isDone() ? PublishFailures.failureOf(sends.get(i)) : new TimeoutException(
                    "no acknowledgement within " + properties.sendTimeout());
            if (failure == null) {
                removed.add(event.eventId());
                continue;
            }
            return failed(document, event, failure, removed, now);
        }
        return sends.isEmpty() ? null : Settlement.done(document, removed);
    }

    private Settlement failed(DueDocument document, PendingEvent event, Throwable failure, List<String> removed,
                              Instant now) {
        boolean sameHead = removed.isEmpty();
        boolean permanent = PublishFailures.isPermanent(failure);
        int attempts = (sameHead ? document.attempts() : 0) + 1;
        int refusals = (sameHead ? document.refusals() : 0) + (permanent ? 1 : 0);
        metrics.publishFailed(event.ceType());
        if (permanent && refusals >= properties.parkAfterAttempts()) {
            log.error("Parking event {} ({}) of {} {}: the broker refused it {} times, last: {}", event.eventId(),
                    event.ceType(), document.collection(), document.id(), refusals, failure.toString());
            parked.park(document.collection(), document.id(), event, failure.toString(), attempts);
            removed.add(event.eventId());
            return Settlement.done(document, removed);
        }
        log.warn("Publishing event {} ({}) failed, attempt {}, will retry: {}", event.eventId(), event.ceType(),
                attempts, failure.toString());
        return Settlement.retry(document, removed, attempts, refusals, now.plus(properties.backOff(attempts)));
    }

    static int published(List<CompletableFuture<Void>> sends) {
        int published = 0;
        for (CompletableFuture<Void> sent : sends) {
            if (!sent.isDone() || PublishFailures.failureOf(sent) != null) {
                break;
            }
            published++;
        }
        return published;
    }
}
