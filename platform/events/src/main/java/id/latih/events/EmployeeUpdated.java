package id.latih.events;

import java.time.Instant;
import java.util.UUID;

/** An employee's profile changed: name, employment type, position. */
public record EmployeeUpdated(UUID eventId, Instant occurredAt, String agencyCode, String nip, String name, String employmentType, String positionTitle, String jobType)
        implements LatihEvent {

    @Override
    public String aggregateId() {
        return nip;
    }
}
