package id.latih.platform.outbox;

import java.time.Instant;
import java.util.List;

/**
 * What a pass writes back to one document: the events to remove (published or parked) and, if its first remaining
 * event failed, the new failure counts and when to try it again.
 */
record Settlement(Object id, List<String> removed, Retry retry) {

    record Retry(int attempts, int refusals, Instant due) {
    }

    static Settlement done(Object id, List<String> removed) {
        return new Settlement(id, List.copyOf(removed), null);
    }

    static Settlement retry(Object id, List<String> removed, int attempts, int refusals, Instant due) {
        return new Settlement(id, List.copyOf(removed), new Retry(attempts, refusals, due));
    }
}
