package id.latih.enrollments.application;

import id.latih.events.EmployeeRegistered;
import id.latih.events.EmployeeUpdated;
import java.util.Optional;
import java.util.Set;

/** Employees replicated from needs-service: who exists, in which agency, and who supervises them. */
public interface EmployeeDirectory {

    record KnownEmployee(String nip, String agencyCode, String name, String supervisorNip, String employmentType,
                         String jobType, String positionTitle) {
    }

    /** The employees of the agency, by NIP. */
    java.util.List<KnownEmployee> inAgency(String agencyCode);

    Optional<KnownEmployee> find(String nip);

    /** The NIPs of the employees of the agency whose direct supervisor is {@code supervisorNip}. */
    Set<String> staffOf(String agencyCode, String supervisorNip);

    void registered(EmployeeRegistered event);

    void updated(EmployeeUpdated event);
}
