package id.latih.platform.outbox;

import java.time.Instant;
import java.util.List;

/**
 * What a pass writes back to one document: the events to remove (published or parked) out of the {@code read} it
 * found there and, if its first remaining event failed, the new failure counts and when to try it again.
 */
record Settlement(Object id, int read, List<String> removed, Retry retry) {

    record Retry(int attempts, int refusals, Instant due) {
    }

    static Settlement done(DueDocument document, List<String> removed) {
        return new Settlement(document.id(), document.events().size(), List.copyOf(removed), null);
    }

    static Settlement retry(DueDocument document, List<String> removed, int attempts, int refusals, Instant due) {
        return new Settlement(document.id(), document.events().size(), List.copyOf(removed),
                new Retry(attempts, refusals, due));
    }

    /** Everything the pass found is gone: unless a command appended meanwhile, the document has nothing pending. */
    boolean emptiesDocument() {
        return retry == null && removed.size() == read;
    }
}
