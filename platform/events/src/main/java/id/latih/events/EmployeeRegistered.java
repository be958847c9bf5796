package id.latih.events;

import java.time.Instant;
import java.util.UUID;

/** An employee (PNS or PPPK) was registered with an agency. {@code supervisorNip} is their direct supervisor, if known. */
public record EmployeeRegistered(UUID eventId, Instant occurredAt, String agencyCode, String nip, String name, String employmentType, String positionTitle, String jobType,
        String supervisorNip)
        implements LatihEvent {

    @Override
    public String aggregateId() {
        return nip;
    }
}
