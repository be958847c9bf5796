package id.latih.platform.outbox;

import id.latih.events.EventCatalog;
import id.latih.events.EventJson;
import id.latih.events.EventType;
import id.latih.events.LatihEvent;
import id.latih.platform.tracing.TraceContexts;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * An event waiting in its aggregate's document to be published: everything the relay needs to write the Kafka
 * record, so the relay never has to know the event's Java type. Stored in the aggregate's {@code pendingEvents}
 * array, written in the same single-document write as the change that caused it.
 *
 * <p>{@code traceparent} is the W3C trace context of the request (or consumed event) that caused the event, taken
 * when the event is put in the outbox, so the relay, which publishes later on a thread of its own, can put it in the
 * record's headers and the consumers continue the same trace. Null for events stored before it was kept, and outside
 * any trace: such records simply carry no {@code traceparent} header.
 */
public record PendingEvent(String eventId, String ceType, String topic, String source, String subject,
                           String agencyCode, String occurredAt, String payload, String traceparent) {

    /** An event that belongs to no trace. */
    public PendingEvent(String eventId, String ceType, String topic, String source, String subject,
                        String agencyCode, String occurredAt, String payload) {
        this(eventId, ceType, topic, source, subject, agencyCode, occurredAt, payload, null);
    }

    public static final String FIELD = "pendingEvents";

    public static PendingEvent of(LatihEvent event) {
        EventType type = EventCatalog.typeOf(event.getClass());
        return new PendingEvent(event.eventId().toString(), type.ceType(), type.topic(), type.stage().source(),
                event.aggregateId(), event.agencyCode(), event.occurredAt().toString(),
                new String(EventJson.write(event), StandardCharsets.UTF_8), TraceContexts.currentTraceparent());
    }

    public static List<PendingEvent> allOf(LatihEvent... events) {
        return Arrays.stream(events).map(PendingEvent::of).toList();
    }

    public static List<PendingEvent> allOf(List<? extends LatihEvent> events) {
        return events.stream().map(PendingEvent::of).toList();
    }
}
