package id.latih.enrollments.application;

import id.latih.enrollments.domain.Enrollment;
import id.latih.enrollments.domain.EnrollmentStatus;
import id.latih.enrollments.domain.Offering;
import id.latih.enrollments.domain.OfferingStatus;
import id.latih.platform.domain.NotFoundException;
import id.latih.platform.domain.RuleViolationException;
import id.latih.platform.security.AgencyScope;
import id.latih.platform.security.AgencyScope.Reach;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * The employee's supervisor decides a pending request. Approved, it takes a free seat of the employee's block the
 * way a new enrollment would (one conditional write of the request: seat, status and EnrollmentConfirmed), or joins
 * the line in arrival order (EnrollmentWaitlisted) when none is free or others wait. Rejected, it ends CANCELLED with
 * EnrollmentCancelled. Only the employee's direct supervisor decides; nobody else learns the request exists.
 */
@Service
public class ApproveEnrollment {

    private static final int SEAT_ATTEMPTS = 20;

    private final Enrollments enrollments;
    private final Offerings offerings;
    private final EmployeeDirectory employees;
    private final PromoteWaitlisted promotion;
    private final Clock clock;

    public ApproveEnrollment(Enrollments enrollments, Offerings offerings, EmployeeDirectory employees,
                             PromoteWaitlisted promotion, Clock clock) {
        this.enrollments = enrollments;
        this.offerings = offerings;
        this.employees = employees;
        this.promotion = promotion;
        this.clock = clock;
    }

    public Enrollment approve(AgencyScope caller, String enrollmentId) {
        Enrollment pending = pendingOfStaff(caller, enrollmentId);
        Offering offering = offerings.find(pending.programId()).orElseThrow();
        if (offering.status() != OfferingStatus.OPEN) {
            throw new RuleViolationException("program-not-open", "Program " + offering.programId() + " is "
                    + offering.status());
        }
        String block = offering.seatBlockOf(pending.agencyCode());
        Set<String> others = Offering.POOL.equals(block) ? offering.seatQuotas().keySet() : Set.of();
        for (int attempt = 0; attempt < SEAT_ATTEMPTS; attempt++) {
            List<Integer> free = enrollments.anyWaiting(offering.programId(), offering.agenciesOf(block), others)
                    ? List.of() : offering.freeSeats(block, enrollments.seatsHeld(offering.programId(), block));
            if (free.isEmpty()) {
                break;
            }
            Enrollment seated = pending.approveWithSeat(free.get(ThreadLocalRandom.current().nextInt(free.size())));
            if (enrollments.approve(seated, block, seated.confirmed(clock.instant()))) {
                return seated;
            }
            requireStillPending(enrollmentId);
        }
        Enrollment waiting = pending.approveToWaitlist(offerings.nextArrival(offering.programId()));
        int position = (int) enrollments.waiting(offering.programId()) + 1;
        if (!enrollments.approve(waiting, block, waiting.waitlisted(position, clock.instant()))) {
            requireStillPending(enrollmentId);
        }
        promotion.promote(offering.programId());
        return enrollments.find(enrollmentId).orElseThrow();
    }

    public Enrollment reject(AgencyScope caller, String enrollmentId, String reason) {
        Enrollment pending = pendingOfStaff(caller, enrollmentId);
        if (!enrollments.cancel(enrollmentId, pending.reject(reason, clock.instant()))) {
            throw new RuleViolationException("not-pending", "Enrollment " + enrollmentId + " was decided meanwhile");
        }
        return enrollments.find(enrollmentId).orElseThrow();
    }

    private Enrollment pendingOfStaff(AgencyScope caller, String enrollmentId) {
        Enrollment enrollment = enrollments.find(enrollmentId)
                .filter(e -> caller.canReadPerson(e.agencyCode(), e.nip(), employees::staffOf))
                .orElseThrow(() -> new NotFoundException("Enrollment", enrollmentId));
        if (caller.reach() != Reach.STAFF || enrollment.nip().equals(caller.nip())
                || !employees.staffOf(caller.owningAgency(), caller.nip()).contains(enrollment.nip())) {
            throw new AccessDeniedException("Only the employee's supervisor decides a request");
        }
        if (enrollment.status() != EnrollmentStatus.PENDING_APPROVAL) {
            throw new RuleViolationException("not-pending", "Enrollment " + enrollmentId + " is "
                    + enrollment.status() + ", not waiting for approval");
        }
        return enrollment;
    }

    /** After a refused write: another decision came first (refused), or the seat was taken (try again). */
    private void requireStillPending(String enrollmentId) {
        if (enrollments.find(enrollmentId).map(Enrollment::status).orElse(null) != EnrollmentStatus.PENDING_APPROVAL) {
            throw new RuleViolationException("not-pending", "Enrollment " + enrollmentId + " was decided meanwhile");
        }
    }
}
