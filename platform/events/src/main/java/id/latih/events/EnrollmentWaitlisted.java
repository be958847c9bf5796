package id.latih.events;

import java.time.Instant;
import java.util.UUID;

/** A program was full; the employee waits at the given position. */
public record EnrollmentWaitlisted(UUID eventId, Instant occurredAt, String agencyCode, String enrollmentId, String programId, String nip, int position)
        implements LatihEvent {

    @Override
    public String aggregateId() {
        return enrollmentId;
    }
}
