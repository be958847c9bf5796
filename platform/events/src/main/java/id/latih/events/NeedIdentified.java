package id.latih.events;

import java.time.Instant;
import java.util.UUID;

/** Needs analysis (AKPK) found a competency or performance gap for an employee. */
public record NeedIdentified(UUID eventId, Instant occurredAt, String agencyCode, String needId, String nip, String competencyCode, String competencyKind, int currentLevel, int requiredLevel, String source, int cycleYear)
        implements LatihEvent {

    @Override
    public String aggregateId() {
        return needId;
    }
}
