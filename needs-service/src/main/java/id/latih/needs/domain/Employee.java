package id.latih.needs.domain;

import id.latih.events.EmployeeRegistered;
import id.latih.events.EmployeeUpdated;
import id.latih.platform.domain.InvalidValueException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * A civil servant of one agency, with the assessments of their competencies and, if known, the NIP of their direct
 * supervisor (who may then read their records), and their yearly performance ratings (SKP) by year. {@code version} counts the events the employee has caused, so each
 * event tells its readers how new it is.
 */
public record Employee(Nip nip, String agencyCode, String name, EmploymentType employmentType, JobType jobType,
                       String positionTitle, Nip supervisorNip, List<Assessment> assessments, long version,
                       Map<Integer, PerformanceRating> performanceRatings) {

    public Employee {
        assessments = List.copyOf(assessments);
        performanceRatings = Map.copyOf(performanceRatings);
    }

    public Employee(Nip nip, String agencyCode, String name, EmploymentType employmentType, JobType jobType,
                    String positionTitle, Nip supervisorNip, List<Assessment> assessments, long version) {
        this(nip, agencyCode, name, employmentType, jobType, positionTitle, supervisorNip, assessments, version,
                Map.of());
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

    /**
     * The profile with new details, one version newer; the same employee if nothing changed, so sending the same
     * profile again announces nothing. A PPPK number that becomes a PNS one must then parse as a PNS NIP.
     */
    public Employee updatedTo(String newName, EmploymentType newType, JobType newJobType, String newPositionTitle,
                              Nip newSupervisorNip) {
        if (nip.equals(newSupervisorNip)) {
            throw new InvalidValueException("supervisorNip", "an employee does not supervise themselves");
        }
        if (name.equals(newName) && employmentType == newType && jobType == newJobType
                && positionTitle.equals(newPositionTitle) && Objects.equals(supervisorNip, newSupervisorNip)) {
            return this;
        }
        Nip checked = Nip.parse(nip.value(), newType);
        return new Employee(checked, agencyCode, newName, newType, newJobType, newPositionTitle, newSupervisorNip,
                assessments, version + 1, performanceRatings);
    }

    public EmployeeUpdated updated(Instant at) {
        return new EmployeeUpdated(UUID.randomUUID(), at, agencyCode, nip.value(), name, employmentType.name(),
                positionTitle, jobType.name(), supervisorNip == null ? null : supervisorNip.value(), version);
    }

    public Employee withAssessment(Assessment assessment) {
        List<Assessment> all = new ArrayList<>(assessments);
        all.add(assessment);
        return new Employee(nip, agencyCode, name, employmentType, jobType, positionTitle, supervisorNip, all,
                version, performanceRatings);
    }

    /** With the rating of {@code year}; a second rating of the same year replaces the first (a correction). */
    public Employee withPerformanceRating(int year, PerformanceRating rating) {
        Map<Integer, PerformanceRating> all = new HashMap<>(performanceRatings);
        all.put(year, rating);
        return new Employee(nip, agencyCode, name, employmentType, jobType, positionTitle, supervisorNip,
                assessments, version, all);
    }
}
