package id.latih.platform.messaging;

import id.latih.events.LatihEvent;

/**
 * Handles one event type in one service. Implementations translate the event and call one use case; the effect
 * and the record that the event was applied must land in one single-document write (see {@link AppliedEvents}).
 */
public interface EventHandler<T extends LatihEvent> {

    Class<T> eventType();

    void handle(T event);
}
