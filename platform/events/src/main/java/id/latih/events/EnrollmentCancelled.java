package id.latih.events;

import java.time.Instant;
import java.util.UUID;

/** An enrollment was cancelled and its seat released. */
public record EnrollmentCancelled(UUID eventId, Instant occurredAt, String agencyCode, String enrollmentId, String programId, String nip, String reason)
        implements LatihEvent {

    @Override
    public String aggregateId() {
        return enrollmentId;
    }
}
