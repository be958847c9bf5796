package id.latih.events;

import java.time.Instant;
import java.util.UUID;

/** An employee's enrollment ended without completion, e.g. attendance too low. */
public record TrainingNotCompleted(UUID eventId, Instant occurredAt, String agencyCode, String enrollmentId, String programId, String nip, String reason)
        implements LatihEvent {

    @Override
    public String aggregateId() {
        return enrollmentId;
    }
}
