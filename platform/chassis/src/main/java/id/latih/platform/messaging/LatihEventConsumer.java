package id.latih.platform.messaging;

import id.latih.events.CloudEventHeaders;
import id.latih.events.EventCatalog;
import id.latih.events.EventJson;
import id.latih.events.EventType;
import id.latih.events.LatihEvent;
import id.latih.platform.metrics.EventMetrics;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.messaging.Message;

/**
 * The service's single input: reads the CloudEvents type, turns the body into the event record and hands it to the
 * handler for that type. Catalog types this service does not handle are skipped; messages with no type, a type not
 * in the catalog, an unreadable body or a body without the fields every event carries are malformed and go to the
 * dead-letter topic without retries. A handler's failure propagates to {@link ConsumptionErrorHandling}, which
 * retries it as its kind deserves ({@link FailureKinds}).
 */
public class LatihEventConsumer implements Consumer<Message<byte[]>> {

    private final Map<Class<?>, EventHandler<?>> handlers;
    private final EventMetrics metrics;

    public LatihEventConsumer(List<EventHandler<?>> handlers, EventMetrics metrics) {
        this.handlers = handlers.stream().collect(Collectors.toMap(EventHandler::eventType, Function.identity()));
        this.metrics = metrics;
    }

    @Override
    public void accept(Message<byte[]> message) {
        String ceType = Headers.text(message.getHeaders(), CloudEventHeaders.TYPE);
        EventType type = EventCatalog.byCeType(ceType == null ? "" : ceType)
                .orElseThrow(() -> new MalformedEventException("Unknown event type: " + ceType, null));
        EventHandler<?> handler = handlers.get(type.javaType());
        if (handler == null) {
            metrics.consumed(ceType, "skipped");
            return;
        }
        try {
            dispatch(handler, read(message.getPayload(), type));
        } catch (RuntimeException e) {
            metrics.consumeFailed(ceType);
            throw e;
        }
        metrics.consumed(ceType, "applied");
    }

    private static LatihEvent read(byte[] body, EventType type) {
        LatihEvent event;
        try {
            event = EventJson.read(body, type.javaType());
        } catch (RuntimeException e) {
            throw new MalformedEventException("Unreadable " + type.ceType() + " body", e);
        }
        if (event.eventId() == null || event.occurredAt() == null || isBlank(event.agencyCode())
                || isBlank(event.aggregateId())) {
            throw new MalformedEventException(type.ceType() + " lacks its id, time, agency or aggregate id", null);
        }
        return event;
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    @SuppressWarnings("unchecked")
    private static <T extends LatihEvent> void dispatch(EventHandler<T> handler, LatihEvent event) {
        handler.handle((T) event);
    }
}
