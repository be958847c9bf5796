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
 * supervisor (who may then read their records), their yearly performance ratings (SKP) by year, and, if known, the
 * work unit they serve in (whose IKM surveys then point to their needs). {@code version} counts the events the
 * employee has caused, so each event tells its readers how new it is.
 */
public record Employee(Nip nip, String agencyCode, String name, EmploymentType employmentType, JobType jobType,
                       String positionTitle, Nip supervisorNip, List<Assessment> assessments, long version,
                       Map<Integer, PerformanceRating> performanceRatings, WorkUnit unit) {

    public Employee {
        assessments = List.copyOf(assessments);
        performanceRatings = Map.copyOf(performanceRatings);
    }

    public Employee(Nip nip, String agencyCode, String name, EmploymentType employmentType, JobType jobType,
                    String positionTitle, Nip supervisorNip, List<Assessment> assessments, long version) {
        this(nip, agencyCode, name, employmentType, jobType, positionTitle, supervisorNip, assessments, version,
                Map.of(), null);
    }

    public Employee(Nip nip, String agencyCode, String name, EmploymentType employmentType, JobType jobType,
                    String positionTitle, Nip supervisorNip, List<Assessment> assessments, long version,
                    Map<Integer, PerformanceRating> performanceRatings) {
        this(nip, agencyCode, name, employmentType, jobType, positionTitle, supervisorNip, assessments, version,
                performanceRatings, null);
    }

    public String unitCode() {
        return unit == null ? null : unit.code();
    }


    public static Employee register(Nip nip, String agencyCode, String name, EmploymentType type, JobType jobType,
                                    String positionTitle, Nip supervisorNip) {
        return register(nip, agencyCode, name, type, jobType, positionTitle, supervisorNip, null);
    }

    public static Employee register(Nip nip, String agencyCode, String name, EmploymentType type, JobType jobType,
                                    String positionTitle, Nip supervisorNip, WorkUnit unit) {
        if (nip.equals(supervisorNip)) {
            throw new InvalidValueException("supervisorNip", "an employee does not supervise themselves");
        }
        return new Employee(nip, agencyCode, name, type, jobType, positionTitle, supervisorNip, List.of(), 1,
                Map.of(), unit);
    }

    public EmployeeRegistered registered(Instant at) {
        return new EmployeeRegistered(UUID.randomUUID(), at, agencyCode, nip.value(), name, employmentType.name(),
                positionTitle, jobType.name(), supervisorNip == null ? null : supervisorNip.value(), version,
                unitCode(), unit == null ? null : unit.name());
    }

    /**
     * The profile with new details, one version newer; the same employee if nothing changed, so sending the same
     * profile again announces nothing. A PPPK number that becomes a PNS one must then parse as a PNS NIP.
     */
    public Employee updatedTo(String newName, EmploymentType newType, JobType newJobType, String newPositionTitle,
                              Nip newSupervisorNip) {
        return updatedTo(newName, newType, newJobType, newPositionTitle, newSupervisorNip, unit);
    }

    /** As above, in the work unit {@code newUnit} (null: none). */
    public Employee updatedTo(String newName, EmploymentType newType, JobType newJobType, String newPositionTitle,
                              Nip newSupervisorNip, WorkUnit newUnit) {
        if (nip.equals(newSupervisorNip)) {
            throw new InvalidValueException("supervisorNip", "an employee does not supervise themselves");
        }
        if (name.equals(newName) && employmentType == newType && jobType == newJobType
                && positionTitle.equals(newPositionTitle) && Objects.equals(supervisorNip, newSupervisorNip)
                && Objects.equals(unit, newUnit)) {
            return this;
        }
        Nip checked = Nip.parse(nip.value(), newType);
        return new Employee(checked, agencyCode, newName, newType, newJobType, newPositionTitle, newSupervisorNip,
                assessments, version + 1, performanceRatings, newUnit);
    }

    public EmployeeUpdated updated(Instant at) {
        return new EmployeeUpdated(UUID.randomUUID(), at, agencyCode, nip.value(), name, employmentType.name(),
                positionTitle, jobType.name(), supervisorNip == null ? null : supervisorNip.value(), version,
                unitCode(), unit == null ? null : unit.name());
    }

    public Employee withAssessment(Assessment assessment) {
        List<Assessment> all = new ArrayList<>(assessments);
        all.add(assessment);
        return new Employee(nip, agencyCode, name, employmentType, jobType, positionTitle, supervisorNip, all,
                version, performanceRatings, unit);
    }

    /** With the rating of {@code year}; a second rating of the same year replaces the first (a correction). */
    public Employee withPerformanceRating(int year, PerformanceRating rating) {
        Map<Integer, PerformanceRating> all = new HashMap<>(performanceRatings);
        all.put(year, rating);
        return new Employee(nip, agencyCode, name, employmentType, jobType, positionTitle, supervisorNip,
                assessments, version, all, unit);
    }
}
