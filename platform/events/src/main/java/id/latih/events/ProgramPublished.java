package id.latih.events;

import java.time.Instant;
import java.util.UUID;

/** A training program was published and opened for enrollment. */
public record ProgramPublished(UUID eventId, Instant occurredAt, String agencyCode, String programId, String title, String competencyCode, String route, String method, int jp, int capacity, java.time.LocalDate startDate, java.time.LocalDate endDate, java.util.List<String> needIds)
        implements LatihEvent {

    @Override
    public String aggregateId() {
        return programId;
    }
}
