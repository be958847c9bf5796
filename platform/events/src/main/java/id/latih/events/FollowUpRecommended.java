package id.latih.events;

import java.time.Instant;
import java.util.UUID;

/** Evaluation recommends follow-up for an employee: low gain or low transfer. */
public record FollowUpRecommended(UUID eventId, Instant occurredAt, String agencyCode, String evaluationId, String nip, String competencyCode, String reason)
        implements LatihEvent {

    @Override
    public String aggregateId() {
        return evaluationId;
    }
}
