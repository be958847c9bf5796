package id.latih.needs.domain;

import id.latih.events.EmployeeRegistered;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A civil servant of one agency, with the assessments of their competencies. {@code version} counts the events the
 * employee has caused, so each event tells its readers how new it is.
 */
public record Employee(Nip nip, String agencyCode, String name, EmploymentType employmentType, JobType jobType,
                       String positionTitle, List<Assessment> assessments, long version) {

    public Employee {
        assessments = List.copyOf(assessments);
    }

    public static Employee register(Nip nip, String agencyCode, String name, EmploymentType type, JobType jobType,
                                    String positionTitle) {
        return new Employee(nip, agencyCode, name, type, jobType, positionTitle, List.of(), 1);
    }

    public EmployeeRegistered registered(Instant at) {
        return new EmployeeRegistered(UUID.randomUUID(), at, agencyCode, nip.value(), name, employmentType.name(),
                positionTitle, jobType.name(), version);
    }

    public Employee withAssessment(Assessment assessment) {
        List<Assessment> all = new ArrayList<>(assessments);
        all.add(assessment);
        return new Employee(nip, agencyCode, name, employmentType, jobType, positionTitle, all, version);
    }
}
