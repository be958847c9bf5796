package id.latih.events;

import java.time.Instant;
import java.util.UUID;

/** An employee (PNS or PPPK) was registered with an agency. */
public record EmployeeRegistered(UUID eventId, Instant occurredAt, String agencyCode, String nip, String name, String employmentType, String positionTitle, String jobType)
        implements LatihEvent {

    @Override
    public String aggregateId() {
        return nip;
    }
}
