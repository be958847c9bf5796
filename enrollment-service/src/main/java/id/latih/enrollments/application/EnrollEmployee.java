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
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * An agency's admin or system, a supervisor for their staff, or an employee for themselves, enrolls an employee of the caller's own agency in an
 * open program of its region, if the program's eligibility rules admit them (agencies, job types, completed
 * prerequisites; a refusal names the rule); an analyst who may read the employee may not enroll them. A free seat of the
 * employee's agency's quota (or of the pool of seats no quota reserves) is taken by
 * inserting the enrollment that holds it, with its EnrollmentConfirmed event, in one write that the store refuses
 * if anyone holds that seat: there is no step between taking the seat and recording who has it. When no seat is
 * free, or others are already waiting, the employee joins the waitlist in arrival order (EnrollmentWaitlisted).
 * A request with an {@code Idempotency-Key} the caller used before gets the enrollment it created. For a program that
 * requires the supervisor's approval, the supervisor's enrollment of their staff is the approval; the employee's own
 * request waits as PENDING_APPROVAL, taking no seat until approved; anyone else's is refused.
 */
@Service
public class EnrollEmployee {

    /** Seat collisions with concurrent requests before the request waits in line instead of trying again. */
    private static final int SEAT_ATTEMPTS = 20;

    private final Offerings offerings;
    private final EmployeeDirectory employees;
    private final Enrollments enrollments;
    private final Completions completions;
    private final PromoteWaitlisted promotion;
    private final Clock clock;

    public EnrollEmployee(Offerings offerings, EmployeeDirectory employees, Enrollments enrollments,
                          Completions completions, PromoteWaitlisted promotion, Clock clock) {
        this.completions = completions;
        this.offerings = offerings;
        this.employees = employees;
        this.enrollments = enrollments;
        this.promotion = promotion;
        this.clock = clock;
    }

    /** @param idempotencyKey the caller's key for this request, or null */
    public Enrollment enroll(AgencyScope caller, String programId, String nip, String idempotencyKey) {
        caller.requireAny(Role.AGENCY_ADMIN, Role.INTEGRATION, Role.SUPERVISOR, Role.EMPLOYEE);
        if (!caller.reach().atLeast(Reach.AGENCY) && !nip.equals(caller.nip())
                && !(caller.reach() == Reach.STAFF && employees.staffOf(caller.owningAgency(), caller.nip())
                .contains(nip))) {
            throw new AccessDeniedException("Employees enroll only themselves, supervisors also their staff");
        }
        String requestKey = idempotencyKey == null ? null : caller.subject() + ":" + idempotencyKey;
        if (requestKey != null) {
            var earlier = enrollments.findByRequestKey(requestKey);
            if (earlier.isPresent()) {
                return sameRequest(earlier.get(), programId, nip);
            }
        }
        KnownEmployee employee = employees.find(nip).filter(e -> caller.canRead(e.agencyCode()))
                .orElseThrow(() -> new InvalidValueException("nip", "no employee " + nip + " in agency "
                        + caller.owningAgency()));
        caller.requireWriteTo(employee.agencyCode());
        Offering offering = offerings.find(programId).filter(o -> o.openTo(employee.agencyCode()))
                .orElseThrow(() -> new NotFoundException("Program", programId));
        if (offering.status() != OfferingStatus.OPEN) {
            throw new RuleViolationException("program-not-open", "Program " + programId + " is "
                    + offering.status());
        }
        Set<String> completed = offering.eligibility().prerequisiteProgramIds().isEmpty() ? Set.of()
                : completions.completedPrograms(nip);
        boolean bySupervisor = caller.reach() == Reach.STAFF && !nip.equals(caller.nip());
        boolean ownRequest = nip.equals(caller.nip());
        offering.eligibility().refusal(employee.agencyCode(), employee.jobType(), employee.positionTitle(),
                        completed, bySupervisor || ownRequest)
                .ifPresent(reason -> {
            throw new RuleViolationException("not-eligible", nip + " may not enroll in " + programId + ": " + reason);
        });
        String id = Enrollment.idFor(programId, nip);
        if (offering.eligibility().supervisorApprovalRequired() && !bySupervisor) {
            return request(offering, employee, requestKey);
        }
        String block = offering.seatBlockOf(employee.agencyCode());
        Set<String> others = Offering.POOL.equals(block) ? offering.seatQuotas().keySet() : Set.of();
        for (int attempt = 0; attempt < SEAT_ATTEMPTS; attempt++) {
            List<Integer> free = enrollments.anyWaiting(programId, offering.agenciesOf(block), others) ? List.of()
                    : offering.freeSeats(block, enrollments.seatsHeld(programId, block));
            if (free.isEmpty()) {
                break;
            }
            // A random free seat, so that concurrent requests seldom reach for the same one.
            Enrollment confirmed = Enrollment.confirm(offering, employee.agencyCode(), nip,
                    free.get(ThreadLocalRandom.current().nextInt(free.size())));
            if (enrollments.add(confirmed, block, requestKey, confirmed.confirmed(clock.instant()))) {
                return confirmed;
            }
            Enrollment earlier = earlierAnswer(id, requestKey, programId, nip);
            if (earlier != null) {
                return earlier;
            }
        }
        Enrollment waiting = Enrollment.waitlist(offering, employee.agencyCode(), nip,
                offerings.nextArrival(programId));
        int position = (int) enrollments.waiting(programId) + 1;
        if (!enrollments.add(waiting, block, requestKey, waiting.waitlisted(position, clock.instant()))) {
            Enrollment earlier = earlierAnswer(id, requestKey, programId, nip);
            if (earlier == null) {
                throw new IllegalStateException("A waitlist entry holds no seat and was still refused: " + id);
            }
            return earlier;
        }
        // A seat may have been released while this request joined the line: the line is served at once.
        promotion.promote(programId);
        return enrollments.find(id).orElse(waiting);
    }

    /**
     * The employee's own request for a program that requires approval: pending, holding no seat, until their
     * supervisor approves it ({@link ApproveEnrollment}) or rejects it.
     */
    private Enrollment request(Offering offering, KnownEmployee employee, String requestKey) {
        Enrollment pending = Enrollment.request(offering, employee.agencyCode(), employee.nip());
        if (enrollments.add(pending, null, requestKey, pending.requested(employee.supervisorNip(), clock.instant()))) {
            return pending;
        }
        Enrollment earlier = earlierAnswer(pending.id(), requestKey, offering.programId(), employee.nip());
        if (earlier == null) {
            throw new IllegalStateException("A request holds no seat and was still refused: " + pending.id());
        }
        return earlier;
    }

    /**
     * After a refused insert: the enrollment a concurrent request with the same key created, a refusal if the
     * employee is enrolled already, or null when the seat was simply taken by someone else first.
     */
    private Enrollment earlierAnswer(String id, String requestKey, String programId, String nip) {
        if (requestKey != null) {
            var earlier = enrollments.findByRequestKey(requestKey);
            if (earlier.isPresent()) {
                return sameRequest(earlier.get(), programId, nip);
            }
        }
        if (enrollments.find(id).isPresent()) {
            throw new RuleViolationException("already-enrolled", nip + " is already enrolled in " + programId);
        }
        return null;
    }

    private static Enrollment sameRequest(Enrollment earlier, String programId, String nip) {
        if (!earlier.programId().equals(programId) || !earlier.nip().equals(nip)) {
            throw new InvalidValueException("Idempotency-Key", "was used for another enrollment ("
                    + earlier.programId() + "); use a new key for a new request");
        }
        return earlier;
    }
}
