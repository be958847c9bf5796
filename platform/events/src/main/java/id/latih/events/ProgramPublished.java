package id.latih.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A training program was published and opened for enrollment.
 *
 * @param version the program's version once this event happened: 1 for the event that creates it, one more for each
 *                later event; a replica applies an event only over an older version
 */
public record ProgramPublished(
        UUID eventId,
        Instant occurredAt,
        String agencyCode,
        String programId,
        String title,
        String competencyCode,
        String route,
        String method,
        int jp,
        int capacity,
        LocalDate startDate,
        LocalDate endDate,
        List<String> needIds,
        long version)
        implements LatihEvent {

    @Override
    public String aggregateId() {
        return programId;
    }
}
