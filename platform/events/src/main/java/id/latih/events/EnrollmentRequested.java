package id.latih.events;

import java.time.Instant;
import java.util.UUID;

/**
 * An employee asked to join a program that requires their supervisor's approval; no seat is taken until the
 * supervisor approves (then EnrollmentConfirmed or EnrollmentWaitlisted) or rejects (EnrollmentCancelled).
 *
 * @param supervisorNip who decides, as the employee replica knew it; null when the employee has no supervisor on record
 */
public record EnrollmentRequested(
        UUID eventId,
        Instant occurredAt,
        String agencyCode,
        String enrollmentId,
        String programId,
        String nip,
        String supervisorNip)
        implements LatihEvent {

    @Override
    public String aggregateId() {
        return enrollmentId;
    }
}
