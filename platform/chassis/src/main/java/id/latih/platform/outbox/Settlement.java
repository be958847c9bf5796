package id.latih.platform.outbox;

import java.time.Instant;
import java.util.List;

/**
 * What a pass writes back to one document: the events to remove (published or parked) out of the {@code read} it
 * found there (the last of them {@code lastRead}) and, if its first remaining event failed, the new failure counts and
 * when to try it again.
 */
record Settlement(Object id, int read, String lastRead, List<String> removed, Retry retry) {

    record Retry(int attempts, int refusals, Instant due) {
    }

    static Settlement done(DueDocument document, List<String> removed) {
        return new Settlement(document.id(), document.events().size(), lastOf(document), List.copyOf(removed), null);
    }

    static Settlement retry(DueDocument document, List<String> removed, int attempts, int refusals, Instant due) {
        return new Settlement(document.id(), document.events().size(), lastOf(document), List.copyOf(removed),
                new Retry(attempts, refusals, due));
    }

    private static String lastOf(DueDocument document) {
        return document.events().isEmpty() ? null : document.events().get(document.events().size() - 1).eventId();
    }

    /** Everything the pass found is gone: unless a command appended meanwhile, the document has nothing pending. */
    boolean emptiesDocument() {
        return retry == null && removed.size() == read;
    }
}
