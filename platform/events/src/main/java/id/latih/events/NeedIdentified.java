package id.latih.events;

import java.time.Instant;
import java.util.UUID;

/**
 * Needs analysis (AKPK) found a competency or performance gap for an employee.
 *
 * @param version the need's version once this event happened: 1 for the event that creates it, one more for each
 *                later event; a replica applies an event only over an older version
 * @param followUpOf the need this one follows up, when evaluation recommended follow-up after a training (added
 *                   later: null in events from before and for needs found by analysis)
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
        long version,
        String followUpOf)
        implements LatihEvent {

    /** A need found by analysis, following up no other need. */
    public NeedIdentified(UUID eventId, Instant occurredAt, String agencyCode, String needId, String nip,
                          String competencyCode, String competencyKind, int currentLevel, int requiredLevel,
                          String source, int cycleYear, long version) {
        this(eventId, occurredAt, agencyCode, needId, nip, competencyCode, competencyKind, currentLevel, requiredLevel,
                source, cycleYear, version, null);
    }

    @Override
    public String aggregateId() {
        return needId;
    }
}
