package id.latih.gateway.stream;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;

/**
 * The last events this instance read, for {@code Last-Event-ID}: bounded by a count and by bytes; the oldest go
 * first. Not thread-safe: {@link StreamHub} guards it. When an asked-for position is older than what is left, the
 * replay says so ({@code gap}), so the subscriber knows it missed events and can fetch the state by the API.
 */
final class EventBuffer {

    /** What a subscriber resuming from a position gets before the live events. */
    record Replay(List<StreamEvent> events, boolean gap) {
    }

    private final ArrayDeque<StreamEvent> events = new ArrayDeque<>();
    private final int maxEvents;
    private final long maxBytes;
    private long bytes;
    private long evictedThrough;
    private long coveredSince;

    /**
     * @param coveredSince the time (epoch ms) from which the buffer holds every event: where the consumer began reading
     */
    EventBuffer(int maxEvents, long maxBytes, long coveredSince) {
        this.maxEvents = maxEvents;
        this.maxBytes = maxBytes;
        this.coveredSince = coveredSince;
    }

    void add(StreamEvent event) {
        events.addLast(event);
        bytes += event.size();
        while (events.size() > maxEvents || bytes > maxBytes && events.size() > 1) {
            StreamEvent oldest = events.removeFirst();
            bytes -= oldest.size();
            evictedThrough = oldest.sequence();
            coveredSince = Math.max(coveredSince, oldest.timestamp() + 1);
        }
    }

    /** The events after a sequence of this instance. */
    Replay after(long sequence) {
        List<StreamEvent> newer = new ArrayList<>();
        Iterator<StreamEvent> newestFirst = events.descendingIterator();
        while (newestFirst.hasNext()) {
            StreamEvent event = newestFirst.next();
            if (event.sequence() <= sequence) {
                break;
            }
            newer.add(event);
        }
        Collections.reverse(newer);
        return new Replay(newer, sequence < evictedThrough);
    }

    /** The events read at or after a time (epoch ms), in the order this instance read them. */
    Replay since(long timestamp) {
        List<StreamEvent> newer = events.stream().filter(event -> event.timestamp() >= timestamp).toList();
        return new Replay(newer, timestamp < coveredSince);
    }

    int size() {
        return events.size();
    }

    long bytes() {
        return bytes;
    }
}
