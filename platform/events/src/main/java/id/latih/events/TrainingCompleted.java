package id.latih.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An employee completed a program and earned its hours (JP).
 *
 * @param certificateNumber the certificate issued with the completion, verifiable by anyone at the public
 *                          verification address; null in events written before certificates were issued
 */
public record TrainingCompleted(
        UUID eventId,
        Instant occurredAt,
        String agencyCode,
        String enrollmentId,
        String programId,
        String nip,
        String competencyCode,
        int jpEarned,
        LocalDate completedOn,
        String certificateNumber)
        implements LatihEvent {

    /** The event as producers wrote it before certificates were issued. */
    public TrainingCompleted(UUID eventId, Instant occurredAt, String agencyCode, String enrollmentId,
                             String programId, String nip, String competencyCode, int jpEarned,
                             LocalDate completedOn) {
        this(eventId, occurredAt, agencyCode, enrollmentId, programId, nip, competencyCode, jpEarned, completedOn,
                null);
    }

    @Override
    public String aggregateId() {
        return enrollmentId;
    }
}
