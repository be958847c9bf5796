package id.latih.enrollments.application;

import id.latih.enrollments.domain.OfferingStatus;
import id.latih.events.EmployeeRegistered;
import id.latih.events.EmployeeUpdated;
import id.latih.events.ProgramCancelled;
import id.latih.events.ProgramClosed;
import id.latih.events.ProgramPublished;
import id.latih.events.ProgramRevised;
import org.springframework.stereotype.Service;

/**
 * Keeps the local replicas of programs and employees in step with their owners' events. Each event carries its
 * aggregate's version and is applied only over an older one, so out-of-order and repeated deliveries are harmless.
 */
@Service
public class ReplicaUpdates {

    private final Offerings offerings;
    private final EmployeeDirectory employees;

    public ReplicaUpdates(Offerings offerings, EmployeeDirectory employees) {
        this.offerings = offerings;
        this.employees = employees;
    }

    public void programPublished(ProgramPublished e) {
        offerings.published(e);
    }

    public void programRevised(ProgramRevised e) {
        offerings.revised(e);
    }

    public void programCancelled(ProgramCancelled e) {
        offerings.statusChanged(e.programId(), e.version(), OfferingStatus.CANCELLED);
    }

    public void programClosed(ProgramClosed e) {
        offerings.statusChanged(e.programId(), e.version(), OfferingStatus.CLOSED);
    }

    public void employeeRegistered(EmployeeRegistered e) {
        employees.registered(e);
    }

    public void employeeUpdated(EmployeeUpdated e) {
        employees.updated(e);
    }
}
