package id.latih.platform.outbox;

import id.latih.events.EventCatalog;
import id.latih.events.EventJson;
import id.latih.events.EventType;
import id.latih.events.LatihEvent;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * An event waiting in its aggregate's document to be published: everything the relay needs to write the Kafka
 * record, so the relay never has to know the event's Java type. Stored in the aggregate's {@code pendingEvents}
 * array, written in the same single-document write as the change that caused it.
 */
public record PendingEvent(String eventId, String ceType, String topic, String source, String subject,
                           String agencyCode, String occurredAt, String payload) {

    public static final String FIELD = "pendingEvents";

    public static PendingEvent of(LatihEvent event) {
        EventType type = EventCatalog.typeOf(event.getClass());
        return new PendingEvent(event.eventId().toString(), type.ceType(), type.topic(), type.stage().source(),
                event.aggregateId(), event.agencyCode(), event.occurredAt().toString(),
                new String(EventJson.write(event), StandardCharsets.UTF_8));
    }

    public static List<PendingEvent> allOf(LatihEvent... events) {
        return Arrays.stream(events).map(PendingEvent::of).toList();
    }

    public static List<PendingEvent> allOf(List<? extends LatihEvent> events) {
        return events.stream().map(PendingEvent::of).toList();
    }
}
