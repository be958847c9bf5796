package id.latih.enrollments.application;

import id.latih.enrollments.application.EmployeeDirectory.KnownEmployee;
import id.latih.enrollments.domain.Enrollment;
import id.latih.enrollments.domain.Offering;
import id.latih.enrollments.domain.OfferingStatus;
import id.latih.platform.domain.InvalidValueException;
import id.latih.platform.domain.NotFoundException;
import id.latih.platform.domain.RuleViolationException;
import id.latih.platform.security.AgencyScope;
import id.latih.platform.security.AgencyScope.Reach;
import id.latih.platform.security.Role;
import java.time.Clock;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * An agency's admin or system, or an employee for themselves, enrolls an employee of the caller's own agency in an
 * open program of its region, within capacity; an analyst who may read the employee may not enroll them. The seat
 * is taken first, by a conditional write on the offering; the enrollment, with its EnrollmentConfirmed event,
 * second. If a crash falls between the two, repeating the request finds the seat already held and completes the
 * enrollment.
 */
@Service
public class EnrollEmployee {

    private final Offerings offerings;
    private final EmployeeDirectory employees;
    private final Enrollments enrollments;
    private final Clock clock;

    public EnrollEmployee(Offerings offerings, EmployeeDirectory employees, Enrollments enrollments, Clock clock) {
        this.offerings = offerings;
        this.employees = employees;
        this.enrollments = enrollments;
        this.clock = clock;
    }

    public Enrollment enroll(AgencyScope caller, String programId, String nip) {
        caller.requireAny(Role.AGENCY_ADMIN, Role.INTEGRATION, Role.EMPLOYEE);
        if (!caller.reach().atLeast(Reach.AGENCY) && !nip.equals(caller.nip())) {
            throw new AccessDeniedException("Employees enroll only themselves");
        }
        KnownEmployee employee = employees.find(nip).filter(e -> caller.canRead(e.agencyCode()))
                .orElseThrow(() -> new InvalidValueException("nip", "no employee " + nip + " in agency "
                        + caller.owningAgency()));
        caller.requireWriteTo(employee.agencyCode());
        Offering offering = offerings.find(programId).filter(o -> o.openTo(employee.agencyCode()))
                .orElseThrow(() -> new NotFoundException("Program", programId));
        if (!offerings.takeSeat(offering, nip) && !offering.holdsSeat(nip)) {
            throw refusal(offerings.find(programId).orElse(offering));
        }
        Enrollment enrollment = Enrollment.confirm(offering, employee.agencyCode(), nip);
        if (!enrollments.add(enrollment, enrollment.confirmed(clock.instant()))) {
            throw new RuleViolationException("already-enrolled", nip + " is already enrolled in " + programId);
        }
        return enrollment;
    }

    private static RuleViolationException refusal(Offering now) {
        if (now.status() != OfferingStatus.OPEN) {
            return new RuleViolationException("program-not-open", "Program " + now.programId() + " is "
                    + now.status());
        }
        return new RuleViolationException("program-full", "All " + now.capacity() + " seats of "
                + now.programId() + " are taken");
    }
}
