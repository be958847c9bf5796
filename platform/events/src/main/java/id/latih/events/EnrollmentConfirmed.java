package id.latih.events;

import java.time.Instant;
import java.util.UUID;

/** An employee holds a seat in a program. */
public record EnrollmentConfirmed(UUID eventId, Instant occurredAt, String agencyCode, String enrollmentId, String programId, String nip)
        implements LatihEvent {

    @Override
    public String aggregateId() {
        return enrollmentId;
    }
}
