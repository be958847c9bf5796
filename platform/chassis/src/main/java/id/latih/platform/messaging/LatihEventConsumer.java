package id.latih.platform.messaging;

import id.latih.events.CloudEventHeaders;
import id.latih.events.EventCatalog;
import id.latih.events.EventJson;
import id.latih.events.EventType;
import id.latih.events.LatihEvent;
import id.latih.platform.metrics.EventMetrics;
import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
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
 *
 * <p>Each delivery is handled in a consumer span that continues the trace of the record's {@code traceparent} header
 * (written by the producer's outbox relay), so the request that caused an event and every service's handling of it
 * are one trace; the events the handler causes carry this span on. A record without the header starts a new trace.
 */
public class LatihEventConsumer implements Consumer<Message<byte[]>> {

    private final Map<Class<?>, EventHandler<?>> handlers;
    private final EventMetrics metrics;
    private final Tracer tracer;
    private final Propagator propagator;

    public LatihEventConsumer(List<EventHandler<?>> handlers, EventMetrics metrics, Tracer tracer,
                              Propagator propagator) {
        this.handlers = handlers.stream().collect(Collectors.toMap(EventHandler::eventType, Function.identity()));
        this.metrics = metrics;
        this.tracer = tracer;
        this.propagator = propagator;
    }

    @Override
    public void accept(Message<byte[]> message) {
        String ceType = Headers.text(message.getHeaders(), CloudEventHeaders.TYPE);
        Span span = propagator.extract(message.getHeaders(), Headers::text)
                .name("consume " + (ceType == null ? "unknown" : ceType))
                .kind(Span.Kind.CONSUMER)
                .tag("cloudevents.event_type", String.valueOf(ceType))
                .tag("cloudevents.event_id", String.valueOf(Headers.text(message.getHeaders(), CloudEventHeaders.ID)))
                .start();
        try (Tracer.SpanInScope ignored = tracer.withSpan(span)) {
            handle(message, ceType);
        } catch (RuntimeException e) {
            span.error(e);
            throw e;
        } finally {
            span.end();
        }
    }

    private void handle(Message<byte[]> message, String ceType) {
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
