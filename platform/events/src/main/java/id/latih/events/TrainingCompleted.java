package id.latih.events;

import java.time.Instant;
import java.util.UUID;

/** An employee completed a program and earned its hours (JP). */
public record TrainingCompleted(UUID eventId, Instant occurredAt, String agencyCode, String enrollmentId, String programId, String nip, String competencyCode, int jpEarned, java.time.LocalDate completedOn)
        implements LatihEvent {

    @Override
    public String aggregateId() {
        return enrollmentId;
    }
}
