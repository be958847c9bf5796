package id.latih.platform.outbox;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.common.InvalidRecordException;
import org.apache.kafka.common.errors.InvalidTopicException;
import org.apache.kafka.common.errors.RecordBatchTooLargeException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.SerializationException;

/**
 * Tells a failure that retrying this one event cannot fix (the broker refuses the record itself) from one that time
 * or an operator fixes for every event alike (broker down, timeouts, no leader, missing permissions). Only the first
 * kind is ever parked; the second is retried with back-off for as long as it lasts, keeping every aggregate's order.
 */
final class PublishFailures {

    private static final List<Class<? extends Throwable>> PERMANENT = List.of(RecordTooLargeException.class,
            RecordBatchTooLargeException.class, InvalidTopicException.class, InvalidRecordException.class,
            SerializationException.class);

    private PublishFailures() {
    }

    static boolean isPermanent(Throwable failure) {
        return PERMANENT.stream().anyMatch(kind -> kind.isInstance(failure));
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
