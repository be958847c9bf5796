package id.latih.platform.outbox;

import id.latih.platform.metrics.EventMetrics;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One pass of the relay: reads the due documents of every outbox collection, puts all their events in flight at
 * once, waits for the acknowledgements, then settles each document on its own. A failure holds back only the
 * aggregate it belongs to; every other aggregate's events go out in the same pass.
 */
class RelayPass {

    private static final Logger log = LoggerFactory.getLogger(RelayPass.class);

    private final OutboxDocuments documents;
    private final EventPublisher publisher;
    private final ParkedEvents parked;
    private final OutboxProperties properties;
    private final EventMetrics metrics;

    RelayPass(OutboxDocuments documents, EventPublisher publisher, ParkedEvents parked, OutboxProperties properties,
              EventMetrics metrics) {
        this.documents = documents;
        this.publisher = publisher;
        this.parked = parked;
        this.properties = properties;
        this.metrics = metrics;
    }

    /** Returns how many events this pass published. */
    int run() {
        Instant now = Instant.now();
        List<InFlight> inFlight = new ArrayList<>();
        List<DueDocument> retrying = new ArrayList<>();
        Set<String> unreachableTopics = new HashSet<>();
        for (String collection : properties.collections()) {
            for (DueDocument document : documents.due(collection, now, properties.batchSize())) {
                if (document.attempts() > 0) {
                    retrying.add(document);
                } else {
                    inFlight.add(new InFlight(document, send(document, unreachableTopics)));
                }
            }
        }
        awaitAll(inFlight);
        inFlight.addAll(retryOneByOne(retrying));
        int published = 0;
        Map<String, List<Settlement>> settlements = new LinkedHashMap<>();
        for (InFlight sent : inFlight) {
            Settlement settlement = settle(sent.document(), sent.sends(), now);
            if (settlement != null) {
                settlements.computeIfAbsent(sent.document().collection(), c -> new ArrayList<>()).add(settlement);
                published += countPublished(sent.sends());
            }
        }
        settlements.forEach(documents::settle);
        return published;
    }

    /**
     * Sends the first event of each failing aggregate alone, after the rest of the pass is acknowledged, so it travels
     * in a batch of its own: a record the broker refuses is then refused alone (and parked in time) instead of
     * failing, again and again, the batch of other aggregates' records it was grouped with. Stops at the first
     * failure that is not the record's own: the broker is still unwell, the rest waits for the next pass.
     */
    private List<InFlight> retryOneByOne(List<DueDocument> retrying) {
        List<InFlight> retried = new ArrayList<>();
        for (DueDocument document : retrying) {
            InFlight sent = new InFlight(document, List.of(publisher.send(document.head())));
            awaitAll(List.of(sent));
            retried.add(sent);
            Throwable failure = sent.sends().get(0).isDone() ? failureOf(sent.sends().get(0)) : null;
            if (!sent.sends().get(0).isDone() || (failure != null && !PublishFailures.isPermanent(failure))) {
                break;
            }
        }
        return retried;
    }

    private record InFlight(DueDocument document, List<CompletableFuture<Void>> sends) {
    }

    /**
     * Sends the document's events in order. Once a send to a topic has failed before it returned because the
     * producer timed out waiting for the topic's metadata (the broker is unreachable), the rest of the pass does not
     * wait on that topic again; those documents are simply left for the next pass.
     */
    private List<CompletableFuture<Void>> send(DueDocument document, Set<String> unreachableTopics) {
        List<CompletableFuture<Void>> sends = new ArrayList<>();
        if (document.events().isEmpty()) {
            return sends;
        }
        for (PendingEvent event : document.toSend()) {
            if (unreachableTopics.contains(event.topic())) {
                break;
            }
            CompletableFuture<Void> sent = publisher.send(event);
            sends.add(sent);
            if (failureOf(sent) instanceof org.apache.kafka.common.errors.TimeoutException) {
                unreachableTopics.add(event.topic()); // the producer waited max.block.ms for the topic's metadata
                break;
            }
        }
        return sends;
    }

    private void awaitAll(List<InFlight> inFlight) {
        List<CompletableFuture<Void>> all = new ArrayList<>();
        inFlight.forEach(sent -> all.addAll(sent.sends()));
        try {
            CompletableFuture.allOf(all.toArray(CompletableFuture[]::new))
                    .get(properties.sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException someFailed) {
            // each send's own outcome is read below
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * The published prefix is removed. At the first failure the rest stays pending (a later event that happened to
     * get through is sent again after it: a duplicate, which consumers absorb, rather than a gap). A permanent
     * failure that has now been refused often enough is parked instead, and the aggregate moves on.
     */
    private Settlement settle(DueDocument document, List<CompletableFuture<Void>> sends, Instant now) {
        List<String> removed = new ArrayList<>();
        if (document.events().isEmpty()) {
            return Settlement.done(document.id(), removed); // marked but empty: only the marker goes
        }
        for (int i = 0; i < sends.size(); i++) {
            PendingEvent event = document.toSend().get(i);
            Throwable failure = sends.get(i).isDone() ? failureOf(sends.get(i)) : new TimeoutException(
                    "no acknowledgement within " + properties.sendTimeout());
            if (failure == null) {
                removed.add(event.eventId());
                continue;
            }
            return failed(document, event, failure, removed, now);
        }
        return sends.isEmpty() ? null : Settlement.done(document.id(), removed);
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
            return Settlement.done(document.id(), removed);
        }
        log.warn("Publishing event {} ({}) failed, attempt {}, will retry: {}", event.eventId(), event.ceType(),
                attempts, failure.toString());
        return Settlement.retry(document.id(), removed, attempts, refusals, now.plus(properties.backOff(attempts)));
    }

    private static int countPublished(List<CompletableFuture<Void>> sends) {
        int published = 0;
        for (CompletableFuture<Void> sent : sends) {
            if (!sent.isDone() || failureOf(sent) != null) {
                break;
            }
            published++;
        }
        return published;
    }

    /** The failure of a completed send, or null if it succeeded or is still in flight. */
    static Throwable failureOf(CompletableFuture<Void> sent) {
        if (!sent.isCompletedExceptionally()) {
            return null;
        }
        try {
            sent.join();
            return null;
        } catch (RuntimeException e) {
            return e.getCause() != null ? e.getCause() : e;
        }
    }
}
