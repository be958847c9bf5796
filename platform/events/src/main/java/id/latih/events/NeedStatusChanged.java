package id.latih.events;

import java.time.Instant;
import java.util.UUID;

/** A need moved along its life cycle, e.g. IDENTIFIED to PLANNED or RESOLVED. */
public record NeedStatusChanged(UUID eventId, Instant occurredAt, String agencyCode, String needId, String nip, String fromStatus, String toStatus, String reason)
        implements LatihEvent {

    @Override
    public String aggregateId() {
        return needId;
    }
}
