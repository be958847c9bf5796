package id.latih.events;

import java.time.Instant;
import java.util.UUID;

/**
 * An employee's profile changed: name, employment type, position, supervisor.
 *
 * @param supervisorNip their direct supervisor's NIP, if known (null otherwise)
 * @param version       the employee's version once this event happened: 1 for the event that creates it, one more for
 *                      each later event; a replica applies an event only over an older version
 * @param unitCode      the work unit (unit kerja) the employee serves in, e.g. a Puskesmas, if known (null otherwise);
 *                      the code its service-satisfaction (IKM) surveys are recorded under
 * @param unitName      the work unit's name, if known (null otherwise)
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
        long version,
        String unitCode,
        String unitName)
        implements LatihEvent {

    /** Without a work unit: as the event was before units were added. */
    public EmployeeUpdated(UUID eventId, Instant occurredAt, String agencyCode, String nip, String name,
                              String employmentType, String positionTitle, String jobType, String supervisorNip,
                              long version) {
        this(eventId, occurredAt, agencyCode, nip, name, employmentType, positionTitle, jobType, supervisorNip, version,
                null, null);
    }

    @Override
    public String aggregateId() {
        return nip;
    }
}
