package id.latih.events;

import java.time.Instant;
import java.util.UUID;

/** Attendance of an enrolled employee at one session was recorded. */
public record AttendanceRecorded(UUID eventId, Instant occurredAt, String agencyCode, String enrollmentId, String programId, String nip, java.time.LocalDate sessionDate, boolean present)
        implements LatihEvent {

    @Override
    public String aggregateId() {
        return enrollmentId;
    }
}
