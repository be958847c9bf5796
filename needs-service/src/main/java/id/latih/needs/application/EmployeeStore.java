package id.latih.needs.application;

import id.latih.events.LatihEvent;
import id.latih.needs.domain.Assessment;
import id.latih.needs.domain.Employee;
import java.util.Optional;

/** Where employees live. Each write is one atomic document write that also carries the events it causes. */
public interface EmployeeStore {

    /** Stores a new employee with its registration event; refuses a NIP that is already registered. */
    void register(Employee employee, LatihEvent registered);

    Optional<Employee> find(String nip);

    void addAssessment(String nip, Assessment assessment);
}
