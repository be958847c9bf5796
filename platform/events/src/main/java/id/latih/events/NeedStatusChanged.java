package id.latih.events;

import java.time.Instant;
import java.util.UUID;

/**
 * A need moved along its life cycle, e.g. IDENTIFIED to PLANNED or RESOLVED.
 *
 * @param version the need's version once this event happened: 1 for the event that creates it, one more for each
 *                later event; a replica applies an event only over an older version
 */
public record NeedStatusChanged(
        UUID eventId,
        Instant occurredAt,
        String agencyCode,
        String needId,
        String nip,
        String fromStatus,
        String toStatus,
        String reason,
        long version)
        implements LatihEvent {

    @Override
    public String aggregateId() {
        return needId;
    }
}
