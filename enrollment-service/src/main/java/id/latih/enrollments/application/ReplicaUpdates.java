package id.latih.enrollments.application;

import id.latih.enrollments.domain.Enrollment;
import id.latih.enrollments.domain.EnrollmentStatus;
import id.latih.enrollments.domain.OfferingStatus;
import id.latih.events.EmployeeRegistered;
import id.latih.events.EmployeeUpdated;
import id.latih.events.ProgramCancelled;
import id.latih.events.ProgramClosed;
import id.latih.events.ProgramPublished;
import id.latih.events.ProgramRevised;
import java.time.Clock;
import org.springframework.stereotype.Service;

/**
 * Keeps the local replicas of programs and employees in step with their owners' events, and lets the program's
 * fate reach its enrollments. Each event carries its aggregate's version and is applied only over an older one, so
 * out-of-order and repeated deliveries are harmless; the enrollment changes that follow are conditional on the
 * enrollment's status, so a redelivered event changes nothing twice.
 */
@Service
public class ReplicaUpdates {

    private final Offerings offerings;
    private final EmployeeDirectory employees;
    private final Enrollments enrollments;
    private final PromoteWaitlisted promotion;
    private final Clock clock;

    public ReplicaUpdates(Offerings offerings, EmployeeDirectory employees, Enrollments enrollments,
                          PromoteWaitlisted promotion, Clock clock) {
        this.offerings = offerings;
        this.employees = employees;
        this.enrollments = enrollments;
        this.promotion = promotion;
        this.clock = clock;
    }

    public void programPublished(ProgramPublished e) {
        offerings.published(e);
    }

    /** A larger capacity seats the waitlist at once; a smaller one lets everyone seated keep their seat. */
    public void programRevised(ProgramRevised e) {
        offerings.revised(e);
        promotion.promote(e.programId());
    }

    /** Every confirmed and waitlisted enrollment is cancelled, each with its EnrollmentCancelled event. */
    public void programCancelled(ProgramCancelled e) {
        offerings.statusChanged(e.programId(), e.version(), OfferingStatus.CANCELLED);
        for (Enrollment enrollment : enrollments.findActive(e.programId())) {
            enrollments.cancel(enrollment.id(), enrollment.cancel("program cancelled", clock.instant()));
        }
    }

    /** Nobody is admitted any more: those waiting or awaiting approval are told so; the seated finish the program. */
    public void programClosed(ProgramClosed e) {
        offerings.statusChanged(e.programId(), e.version(), OfferingStatus.CLOSED);
        for (Enrollment enrollment : enrollments.findActive(e.programId())) {
            if (enrollment.status() != EnrollmentStatus.CONFIRMED) {
                enrollments.cancel(enrollment.id(), enrollment.cancel("program closed", clock.instant()));
            }
        }
    }

    public void employeeRegistered(EmployeeRegistered e) {
        employees.registered(e);
    }

    public void employeeUpdated(EmployeeUpdated e) {
        employees.updated(e);
    }
}
