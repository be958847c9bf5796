package id.latih.events;

import java.time.Instant;
import java.util.UUID;

/** A competency level was observed on the job after training (Kirkpatrick level 3). */
public record CompetencyObserved(UUID eventId, Instant occurredAt, String agencyCode, String evaluationId, String nip, String competencyCode, int observedLevel)
        implements LatihEvent {

    @Override
    public String aggregateId() {
        return evaluationId;
    }
}
