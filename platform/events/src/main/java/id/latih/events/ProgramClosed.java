package id.latih.events;

import java.time.Instant;
import java.util.UUID;

/**
 * A program ran to its end and was closed.
 *
 * @param version the program's version once this event happened: 1 for the event that creates it, one more for each
 *                later event; a replica applies an event only over an older version
 */
public record ProgramClosed(
        UUID eventId,
        Instant occurredAt,
        String agencyCode,
        String programId,
        long version)
        implements LatihEvent {

    @Override
    public String aggregateId() {
        return programId;
    }
}
