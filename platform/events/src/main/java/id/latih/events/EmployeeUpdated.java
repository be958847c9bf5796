package id.latih.events;

import java.time.Instant;
import java.util.UUID;

/** An employee's profile changed: name, employment type, position, supervisor ({@code supervisorNip}, may be null). */
public record EmployeeUpdated(UUID eventId, Instant occurredAt, String agencyCode, String nip, String name, String employmentType, String positionTitle, String jobType,
        String supervisorNip)
        implements LatihEvent {

    @Override
    public String aggregateId() {
        return nip;
    }
}
