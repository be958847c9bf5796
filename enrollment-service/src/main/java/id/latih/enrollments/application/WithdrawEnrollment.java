package id.latih.enrollments.application;

import id.latih.enrollments.domain.Enrollment;
import id.latih.platform.domain.NotFoundException;
import id.latih.platform.domain.RuleViolationException;
import id.latih.platform.security.AgencyScope;
import id.latih.platform.security.AgencyScope.Reach;
import id.latih.platform.security.Role;
import java.time.Clock;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * The employee, or their own agency's admin or system, withdraws a confirmed or waitlisted enrollment. The seat is
 * released in the same write as the cancellation and its event, and the next person waiting gets it at once.
 */
@Service
public class WithdrawEnrollment {

    private final Enrollments enrollments;
    private final EmployeeDirectory employees;
    private final PromoteWaitlisted promotion;
    private final Clock clock;

    public WithdrawEnrollment(Enrollments enrollments, EmployeeDirectory employees, PromoteWaitlisted promotion,
                              Clock clock) {
        this.enrollments = enrollments;
        this.employees = employees;
        this.promotion = promotion;
        this.clock = clock;
    }

    public Enrollment withdraw(AgencyScope caller, String enrollmentId, String reason) {
        caller.requireAny(Role.AGENCY_ADMIN, Role.INTEGRATION, Role.EMPLOYEE);
        Enrollment enrollment = enrollments.find(enrollmentId)
                .filter(e -> caller.canReadPerson(e.agencyCode(), e.nip(), employees::staffOf))
                .orElseThrow(() -> new NotFoundException("Enrollment", enrollmentId));
        if (!caller.reach().atLeast(Reach.AGENCY) && !enrollment.nip().equals(caller.nip())) {
            throw new AccessDeniedException("Employees withdraw only their own enrollments");
        }
        caller.requireWriteTo(enrollment.agencyCode());
        if (!enrollments.cancel(enrollmentId, enrollment.cancel(reason, clock.instant()))) {
            throw new RuleViolationException("enrollment-closed", "Enrollment " + enrollmentId + " has ended");
        }
        promotion.promote(enrollment.programId());
        return enrollments.find(enrollmentId).orElseThrow();
    }
}
