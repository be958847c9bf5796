package id.latih.events;

import java.time.Instant;
import java.util.UUID;

/** A published program's schedule, capacity or hours changed. */
public record ProgramRevised(UUID eventId, Instant occurredAt, String agencyCode, String programId, String title, int jp, int capacity, java.time.LocalDate startDate, java.time.LocalDate endDate)
        implements LatihEvent {

    @Override
    public String aggregateId() {
        return programId;
    }
}
