package id.latih.needs.domain;

import id.latih.events.EmployeeRegistered;
import id.latih.platform.domain.InvalidValueException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A civil servant of one agency, with the assessments of their competencies and, if known, the NIP of their direct
 * supervisor (who may then read their records). {@code version} counts the events the employee has caused, so each
 * event tells its readers how new it is.
 */
public record Employee(Nip nip, String agencyCode, String name, EmploymentType employmentType, JobType jobType,
                       String positionTitle, Nip supervisorNip, List<Assessment> assessments, long version) {

    public Employee {
        assessments = List.copyOf(assessments);
    }

    public static Employee register(Nip nip, String agencyCode, String name, EmploymentType type, JobType jobType,
                                    String positionTitle, Nip supervisorNip) {
        if (nip.equals(supervisorNip)) {
            throw new InvalidValueException("supervisorNip", "an employee does not supervise themselves");
        }
        return new Employee(nip, agencyCode, name, type, jobType, positionTitle, supervisorNip, List.of(), 1);
    }

    public EmployeeRegistered registered(Instant at) {
        return new EmployeeRegistered(UUID.randomUUID(), at, agencyCode, nip.value(), name, employmentType.name(),
                positionTitle, jobType.name(), supervisorNip == null ? null : supervisorNip.value(), version);
    }

    public Employee withAssessment(Assessment assessment) {
        List<Assessment> all = new ArrayList<>(assessments);
        all.add(assessment);
        return new Employee(nip, agencyCode, name, employmentType, jobType, positionTitle, supervisorNip, all,
                version);
    }
}
