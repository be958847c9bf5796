package id.latih.events;

import java.time.Instant;
import java.util.UUID;

/**
 * An employee's enrollment ended without completion, e.g. attendance too low.
 *
 * @param noShow whether the participant, though confirmed, attended none of the scheduled sessions (status NO_SHOW);
 *               false in events written before no-shows were told apart
 */
public record TrainingNotCompleted(
        UUID eventId,
        Instant occurredAt,
        String agencyCode,
        String enrollmentId,
        String programId,
        String nip,
        String reason,
        boolean noShow)
        implements LatihEvent {

    /** The event as producers wrote it before no-shows were told apart. */
    public TrainingNotCompleted(UUID eventId, Instant occurredAt, String agencyCode, String enrollmentId,
                                String programId, String nip, String reason) {
        this(eventId, occurredAt, agencyCode, enrollmentId, programId, nip, reason, false);
    }

    @Override
    public String aggregateId() {
        return enrollmentId;
    }
}
