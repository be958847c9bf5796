package id.latih.gateway.stream;

import java.time.Duration;
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

    /** Frames taken from the queue ahead of the connection: part of what one stream may hold besides its buffer. */
    private static final int PREFETCH = 32;

    private final StreamAudience audience;
    private final String epoch;
    private final Sinks.Many<byte[]> queue;
    private final Sinks.One<byte[]> end = Sinks.one();
    private volatile boolean finished;
    private volatile boolean dropped;

    Subscriber(StreamAudience audience, String epoch, int buffer) {
        this.audience = audience;
        this.epoch = epoch;
        this.queue = Sinks.many().unicast().onBackpressureBuffer(Queues.<byte[]>get(buffer).get());
    }

    String agency() {
        return audience.agency();
    }

    /** Offers a live event; false when this subscriber is gone or was just dropped, so the hub forgets it. */
    boolean offer(Frames frames) {
        if (finished) {
            return false;
        }
        byte[] frame = frames.forAudience(audience);
        if (frame == null) {
            return true;
        }
        EmitResult result = queue.tryEmitNext(frame);
        if (result == EmitResult.FAIL_OVERFLOW) {
            dropped = true;
            end.tryEmitValue(Frames.DROPPED);
            return false;
        }
        return result.isSuccess();
    }

    /** Ends the stream with a comment, e.g. when the gateway stops; the client reconnects elsewhere. */
    void close() {
        end.tryEmitValue(Frames.CLOSING);
    }

    boolean dropped() {
        return dropped;
    }

    /**
     * The stream: a comment that opens it at once, the replayed events, then live events with heartbeats, until
     * dropped or closed; then the notice. {@code onEnd} runs once whatever ends it (the hub forgets the subscriber);
     * {@code closeConnection} after the grace period when the stream was dropped but could not finish.
     */
    Flux<byte[]> flux(EventBuffer.Replay replay, Duration heartbeat, Duration dropGrace, Runnable onEnd,
                      Runnable closeConnection) {
        Flux<byte[]> replayed = Flux.fromIterable(replay.events())
                .mapNotNull(event -> new Frames(epoch, event).forAudience(audience));
        if (replay.gap()) {
            replayed = Flux.concat(Mono.just(Frames.GAP), replayed);
        }
        // Writing happens on the parallel scheduler, not on the consumer thread that offers the event: offering
        // stays a cheap enqueue per stream, however many streams there are.
        Flux<byte[]> live = Flux.merge(queue.asFlux().publishOn(Schedulers.parallel(), PREFETCH),
                Flux.interval(heartbeat, heartbeat).map(tick -> Frames.HEARTBEAT));
        end.asMono().filter(notice -> notice == Frames.DROPPED).delayElement(dropGrace)
                .subscribe(notice -> {
                    if (!finished) {
                        closeConnection.run();
                    }
                });
        return Flux.concat(Mono.just(Frames.OPEN), replayed, live)
                .takeUntilOther(end.asMono())
                .concatWith(end.asMono())
                .doFinally(signal -> {
                    finished = true;
                    end.tryEmitValue(Frames.CLOSING);
                    onEnd.run();
                });
    }
}
