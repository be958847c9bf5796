package id.latih.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A published program's schedule, capacity or hours changed.
 *
 * @param version the program's version once this event happened: 1 for the event that creates it, one more for each
 *                later event; a replica applies an event only over an older version
 */
public record ProgramRevised(
        UUID eventId,
        Instant occurredAt,
        String agencyCode,
        String programId,
        String title,
        int jp,
        int capacity,
        LocalDate startDate,
        LocalDate endDate,
        long version)
        implements LatihEvent {

    @Override
    public String aggregateId() {
        return programId;
    }
}
