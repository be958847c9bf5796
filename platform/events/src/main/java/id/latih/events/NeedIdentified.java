package id.latih.events;

import java.time.Instant;
import java.util.UUID;

/**
 * Needs analysis (AKPK) found a competency or performance gap for an employee.
 *
 * @param version the need's version once this event happened: 1 for the event that creates it, one more for each
 *                later event; a replica applies an event only over an older version
 */
public record NeedIdentified(
        UUID eventId,
        Instant occurredAt,
        String agencyCode,
        String needId,
        String nip,
        String competencyCode,
        String competencyKind,
        int currentLevel,
        int requiredLevel,
        String source,
        int cycleYear,
        long version)
        implements LatihEvent {

    @Override
    public String aggregateId() {
        return needId;
    }
}
