package id.latih.events;

import java.time.Instant;
import java.util.UUID;

/**
 * An employee's profile changed: name, employment type, position, supervisor.
 *
 * @param supervisorNip their direct supervisor's NIP, if known (null otherwise)
 * @param version       the employee's version once this event happened: 1 for the event that creates it, one more for
 *                      each later event; a replica applies an event only over an older version
 */
public record EmployeeUpdated(
        UUID eventId,
        Instant occurredAt,
        String agencyCode,
        String nip,
        String name,
        String employmentType,
        String positionTitle,
        String jobType,
        String supervisorNip,
        long version)
        implements LatihEvent {

    @Override
    public String aggregateId() {
        return nip;
    }
}
