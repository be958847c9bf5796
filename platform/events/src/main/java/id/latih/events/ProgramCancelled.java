package id.latih.events;

import java.time.Instant;
import java.util.UUID;

/**
 * A published program was cancelled before it ran.
 *
 * @param version the program's version once this event happened: 1 for the event that creates it, one more for each
 *                later event; a replica applies an event only over an older version
 */
public record ProgramCancelled(
        UUID eventId,
        Instant occurredAt,
        String agencyCode,
        String programId,
        String reason,
        long version)
        implements LatihEvent {

    @Override
    public String aggregateId() {
        return programId;
    }
}
