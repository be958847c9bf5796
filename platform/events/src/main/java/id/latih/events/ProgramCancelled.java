package id.latih.events;

import java.time.Instant;
import java.util.UUID;

/** A published program was cancelled before it ran. */
public record ProgramCancelled(UUID eventId, Instant occurredAt, String agencyCode, String programId, String reason)
        implements LatihEvent {

    @Override
    public String aggregateId() {
        return programId;
    }
}
