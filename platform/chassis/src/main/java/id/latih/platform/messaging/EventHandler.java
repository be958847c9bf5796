package id.latih.platform.messaging;

import id.latih.events.LatihEvent;
import java.util.function.Consumer;

/**
 * Handles one event type in one service: translates the event and calls one use case. The effect and the record
 * that the event was applied must land in one single-document write: a replica write conditional on an older version
 * ({@link ReplicaWrites}), the event's id recorded with the effect ({@link AppliedEvents}), or a write conditional on
 * the state the event moves from.
 */
public interface EventHandler<T extends LatihEvent> {

    Class<T> eventType();

    void handle(T event);

    /** A handler that passes each event of the type to one use-case method. */
    static <T extends LatihEvent> EventHandler<T> of(Class<T> type, Consumer<T> useCase) {
        return new EventHandler<>() {
            @Override
            public Class<T> eventType() {
                return type;
            }

            @Override
            public void handle(T event) {
                useCase.accept(event);
            }
        };
    }
}
