package id.latih.enrollments.application;

import id.latih.events.EmployeeRegistered;
import id.latih.events.EmployeeUpdated;
import java.util.Optional;

/** Employees replicated from needs-service: who exists, and in which agency. */
public interface EmployeeDirectory {

    record KnownEmployee(String nip, String agencyCode, String name) {
    }

    Optional<KnownEmployee> find(String nip);

    void registered(EmployeeRegistered event);

    void updated(EmployeeUpdated event);
}
