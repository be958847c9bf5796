package id.latih.platform.outbox;

import org.bson.Document;

/** Reads a pending event back from its stored form without knowing the aggregate's Java type, and writes it. */
final class PendingEventDocuments {

    private PendingEventDocuments() {
    }

    static PendingEvent read(Document d) {
        return new PendingEvent(d.getString("eventId"), d.getString("ceType"), d.getString("topic"),
                d.getString("source"), d.getString("subject"), d.getString("agencyCode"),
                d.getString("occurredAt"),
                d.getString("payload"), d.getString("traceparent"));
    }

    static Document write(PendingEvent e) {
        Document d = new Document("eventId", e.eventId()).append("ceType", e.ceType()).append("topic", e.topic())
                .append("source", e.source()).append("subject", e.subject()).append("agencyCode", e.agencyCode())
                .append("occurredAt", e.occurredAt()).append("payload", e.payload());
        if (e.traceparent() != null) {
            d.append("traceparent", e.traceparent());
        }
        return d;
    }
}
