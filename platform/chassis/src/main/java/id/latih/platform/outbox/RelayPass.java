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

/**
 * One pass of the relay: reads the due documents of every outbox collection, puts all their events in flight at
 * once, waits for the acknowledgements, then settles each document on its own. A failure holds back only the
 * aggregate it belongs to; every other aggregate's events go out in the same pass.
 */
class RelayPass {

    private final OutboxDocuments documents;
    private final EventPublisher publisher;
    private final PassSettler settler;
    private final OutboxProperties properties;

    RelayPass(OutboxDocuments documents, EventPublisher publisher, ParkedEvents parked, OutboxProperties properties,
              EventMetrics metrics) {
        this.documents = documents;
        this.publisher = publisher;
        this.settler = new PassSettler(parked, properties, metrics);
        this.properties = properties;
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
            Settlement settlement = settler.settle(sent.document(), sent.sends(), now);
            if (settlement != null) {
                settlements.computeIfAbsent(sent.document().collection(), c -> new ArrayList<>()).add(settlement);
                published += PassSettler.published(sent.sends());
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
            CompletableFuture<Void> head = publisher.send(document.head());
            InFlight sent = new InFlight(document, List.of(head));
            awaitAll(List.of(sent));
            retried.add(sent);
            Throwable failure = PublishFailures.failureOf(head);
            if (!head.isDone() || (failure != null && !PublishFailures.isPermanent(failure))) {
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
            if (PublishFailures.failureOf(sent) instanceof org.apache.kafka.common.errors.TimeoutException) {
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
}
