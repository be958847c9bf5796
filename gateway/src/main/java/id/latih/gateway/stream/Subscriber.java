package id.latih.gateway.stream;

import java.time.Duration;
import org.springframework.http.codec.ServerSentEvent;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.core.publisher.Sinks.EmitResult;
import reactor.core.scheduler.Schedulers;
import reactor.util.concurrent.Queues;

/**
 * One open stream: its own bounded queue between the consumer thread and its connection. The consumer only ever
 * offers (never waits), so a subscriber that reads slowly fills its own queue and nobody else's; when the queue is
 * full it is dropped: what was queued is discarded, it gets a final {@code event: dropped} and the stream ends. Should
 * its connection not take even that within the grace period, the connection is closed.
 */
final class Subscriber {

    static final ServerSentEvent<String> HEARTBEAT = ServerSentEvent.<String>builder().comment("heartbeat").build();
    static final ServerSentEvent<String> DROPPED = ServerSentEvent.builder(
                    "{\"reason\":\"too-slow\",\"detail\":\"More events waited for this stream than its buffer holds; "
                            + "reconnect with Last-Event-ID to resume\"}")
            .event("dropped").build();
    static final ServerSentEvent<String> CLOSING = ServerSentEvent.<String>builder().comment("closing").build();
    static final ServerSentEvent<String> GAP = ServerSentEvent.builder(
                    "{\"reason\":\"position-too-old\",\"detail\":\"Events after the given Last-Event-ID are no longer "
                            + "buffered; what follows starts with the oldest kept\"}")
            .event("gap").build();

    /** Events taken from the queue ahead of the connection: part of what one stream may hold besides its buffer. */
    private static final int PREFETCH = 32;

    private final StreamAudience audience;
    private final String epoch;
    private final Sinks.Many<ServerSentEvent<String>> queue;
    private final Sinks.One<ServerSentEvent<String>> end = Sinks.one();
    private volatile boolean finished;
    private volatile boolean dropped;

    Subscriber(StreamAudience audience, String epoch, int buffer) {
        this.audience = audience;
        this.epoch = epoch;
        this.queue = Sinks.many().unicast().onBackpressureBuffer(Queues.<ServerSentEvent<String>>get(buffer).get());
    }

    String agency() {
        return audience.agency();
    }

    /** Offers a live event; false when this subscriber is gone or was just dropped, so the hub forgets it. */
    boolean offer(StreamEvent event) {
        if (finished) {
            return false;
        }
        ServerSentEvent<String> sse = toSse(event);
        if (sse == null) {
            return true;
        }
        EmitResult result = queue.tryEmitNext(sse);
        if (result == EmitResult.FAIL_OVERFLOW) {
            dropped = true;
            end.tryEmitValue(DROPPED);
            return false;
        }
        return result.isSuccess();
    }

    /** Ends the stream with a comment, e.g. when the gateway stops; the client reconnects elsewhere. */
    void close() {
        end.tryEmitValue(CLOSING);
    }

    boolean dropped() {
        return dropped;
    }

    /**
     * The stream: the replayed events, then live events with heartbeats, until dropped or closed; then the notice.
     * {@code onEnd} runs once whatever ends it (the hub forgets the subscriber); {@code closeConnection} after the
     * grace period when the stream was dropped but could not finish.
     */
    Flux<ServerSentEvent<String>> flux(EventBuffer.Replay replay, Duration heartbeat, Duration dropGrace,
                                       Runnable onEnd, Runnable closeConnection) {
        Flux<ServerSentEvent<String>> replayed = Flux.fromIterable(replay.events()).mapNotNull(this::toSse);
        if (replay.gap()) {
            replayed = Flux.concat(Mono.just(GAP), replayed);
        }
        // Encoding and writing happen on the parallel scheduler, not on the consumer thread that offers the event:
        // offering stays a cheap enqueue per stream, however many streams there are.
        Flux<ServerSentEvent<String>> live = Flux.merge(queue.asFlux().publishOn(Schedulers.parallel(), PREFETCH),
                Flux.interval(heartbeat, heartbeat).map(tick -> HEARTBEAT));
        end.asMono().filter(notice -> notice == DROPPED).delayElement(dropGrace)
                .subscribe(notice -> {
                    if (!finished) {
                        closeConnection.run();
                    }
                });
        return Flux.concat(replayed, live)
                .takeUntilOther(end.asMono())
                .concatWith(end.asMono())
                .doFinally(signal -> {
                    finished = true;
                    end.tryEmitValue(CLOSING);
                    onEnd.run();
                });
    }

    private ServerSentEvent<String> toSse(StreamEvent event) {
        String json = audience.view(event);
        return json == null ? null : ServerSentEvent.builder(json).id(StreamPosition.of(epoch, event)).build();
    }
}
