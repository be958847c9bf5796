package id.latih.events;

import java.time.Instant;
import java.util.UUID;

/** A program ran to its end and was closed. */
public record ProgramClosed(UUID eventId, Instant occurredAt, String agencyCode, String programId)
        implements LatihEvent {

    @Override
    public String aggregateId() {
        return programId;
    }
}
