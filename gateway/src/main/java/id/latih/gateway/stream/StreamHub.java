package id.latih.gateway.stream;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongFunction;
import reactor.core.publisher.Flux;

/**
 * Where the one consumer of this gateway instance hands every event to every open stream, and keeps it for resumes.
 * Publishing and subscribing share one lock, so a subscriber resuming from a position gets the buffered events after
 * it and then every live event, none twice and none missed. Offering never blocks: each subscriber has its own bounded
 * queue ({@link Subscriber}).
 */
final class StreamHub {

    private final String epoch;
    private final StreamProperties settings;
    private final EventBuffer buffer;
    private final List<Subscriber> subscribers = new ArrayList<>();
    private final Map<String, Integer> perAgency = new HashMap<>();
    private final Counter dropped;
    private long sequence;
    private boolean closed;

    StreamHub(String epoch, StreamProperties settings, long coveredSince, MeterRegistry meters) {
        this.epoch = epoch;
        this.settings = settings;
        this.buffer = new EventBuffer(settings.bufferMaxEvents(), settings.bufferMaxBytes().toBytes(), coveredSince);
        this.dropped = Counter.builder("latih.gateway.stream.dropped")
                .description("Streams ended because their subscriber read too slowly").register(meters);
        Gauge.builder("latih.gateway.stream.subscribers", this, StreamHub::subscriberCount)
                .description("Open event streams").register(meters);
        Gauge.builder("latih.gateway.stream.buffered", this, StreamHub::bufferedCount)
                .description("Events kept for resumes").register(meters);
    }

    String epoch() {
        return epoch;
    }

    /** Buffers the event the factory makes with the next sequence (if it makes one) and offers it to every stream. */
    synchronized void publish(LongFunction<Optional<StreamEvent>> factory) {
        Optional<StreamEvent> made = factory.apply(sequence + 1);
        if (made.isEmpty()) {
            return;
        }
        StreamEvent event = made.get();
        sequence = event.sequence();
        buffer.add(event);
        Frames frames = new Frames(epoch, event);
        subscribers.removeIf(subscriber -> {
            if (subscriber.offer(frames)) {
                return false;
            }
            if (subscriber.dropped()) {
                dropped.increment();
            }
            release(subscriber);
            return true;
        });
    }

    /**
     * Opens a stream for the audience, resuming after {@code from} when given. Refused (429) when this instance
     * already serves as many streams as allowed, in total or for the caller's agency.
     */
    synchronized Flux<byte[]> subscribe(StreamAudience audience, Optional<StreamPosition> from,
                                        Runnable closeConnection) {
        if (closed || subscribers.size() >= settings.maxSubscribers()) {
            throw StreamRefused.tooMany("too-many-streams", "Too many open streams",
                    "This gateway serves at most " + settings.maxSubscribers() + " streams", Duration.ofSeconds(5));
        }
        int ofAgency = perAgency.getOrDefault(audience.agency(), 0);
        if (ofAgency >= settings.maxSubscribersPerAgency()) {
            throw StreamRefused.tooMany("too-many-streams", "Too many open streams for agency " + audience.agency(),
                    "At most " + settings.maxSubscribersPerAgency() + " streams per agency", Duration.ofSeconds(5));
        }
        EventBuffer.Replay replay = from.map(this::replayFrom).orElse(new EventBuffer.Replay(List.of(), false));
        Subscriber subscriber = new Subscriber(audience, epoch, settings.subscriberBuffer());
        subscribers.add(subscriber);
        perAgency.merge(audience.agency(), 1, Integer::sum);
        return subscriber.flux(replay, settings.heartbeat(), settings.dropGrace(), () -> forget(subscriber),
                closeConnection);
    }

    /** Ends every stream (the gateway stops) and refuses new ones. */
    synchronized void close() {
        closed = true;
        subscribers.forEach(Subscriber::close);
    }

    private EventBuffer.Replay replayFrom(StreamPosition position) {
        if (position.epoch().equals(epoch)) {
            return buffer.after(position.sequence());
        }
        return buffer.since(position.timestamp() - settings.resumeMargin().toMillis());
    }

    private synchronized void forget(Subscriber subscriber) {
        if (subscribers.remove(subscriber)) {
            release(subscriber);
        }
    }

    private void release(Subscriber subscriber) {
        perAgency.computeIfPresent(subscriber.agency(), (agency, count) -> count > 1 ? count - 1 : null);
    }

    private synchronized int subscriberCount() {
        return subscribers.size();
    }

    private synchronized int bufferedCount() {
        return buffer.size();
    }
}
