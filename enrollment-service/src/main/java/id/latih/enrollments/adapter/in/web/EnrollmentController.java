package id.latih.enrollments.adapter.in.web;

import id.latih.enrollments.application.ApproveEnrollment;
import id.latih.enrollments.application.CompleteEnrollment;
import id.latih.enrollments.application.EnrollEmployee;
import id.latih.enrollments.application.EnrollmentQueries;
import id.latih.enrollments.application.NominateEmployees;
import id.latih.enrollments.application.RecordAttendance;
import id.latih.enrollments.application.WithdrawEnrollment;
import id.latih.enrollments.domain.Attendance;
import id.latih.enrollments.domain.EnrollmentStatus;
import id.latih.platform.security.AgencyScope;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
class EnrollmentController {

    private final EnrollEmployee enrollEmployee;
    private final RecordAttendance recordAttendance;
    private final CompleteEnrollment completeEnrollment;
    private final WithdrawEnrollment withdrawEnrollment;
    private final NominateEmployees nominateEmployees;
    private final EnrollmentQueries queries;
    private final ApproveEnrollment approveEnrollment;

    EnrollmentController(EnrollEmployee enrollEmployee, RecordAttendance recordAttendance,
                         CompleteEnrollment completeEnrollment, WithdrawEnrollment withdrawEnrollment,
                         NominateEmployees nominateEmployees, EnrollmentQueries queries,
                         ApproveEnrollment approveEnrollment) {
        this.approveEnrollment = approveEnrollment;
        this.withdrawEnrollment = withdrawEnrollment;
        this.nominateEmployees = nominateEmployees;
        this.enrollEmployee = enrollEmployee;
        this.recordAttendance = recordAttendance;
        this.completeEnrollment = completeEnrollment;
        this.queries = queries;
    }

    /**
     * 201 with status CONFIRMED (a seat) or WAITLISTED (in line, promoted automatically when a seat frees). A
     * request repeated with the same {@code Idempotency-Key} gets the enrollment the first one created.
     */
    @PostMapping("/api/enrollments")
    @ResponseStatus(HttpStatus.CREATED)
    EnrollmentView enroll(AgencyScope caller, @Valid @RequestBody Requests.Enroll body,
                          @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
        return EnrollmentView.of(enrollEmployee.enroll(caller, body.programId(), body.nip(),
                Requests.idempotencyKey(idempotencyKey)));
    }

    /**
     * Enrolls each NIP as a single request would, in the given order; 200 with one outcome per NIP (its enrollment
     * or why it was refused), since some may succeed while others are refused.
     */
    @PostMapping("/api/enrollments/nominations")
    List<NominationView> nominate(AgencyScope caller, @Valid @RequestBody Requests.Nominate body,
                                  @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
        return nominateEmployees.nominate(caller, body.programId(), body.nips(),
                Requests.idempotencyKey(idempotencyKey)).stream().map(NominationView::of).toList();
    }

    /** The employee or their agency withdraws; the seat goes to the first person waiting. */
    @PostMapping("/api/enrollments/{id}/withdrawal")
    EnrollmentView withdraw(AgencyScope caller, @PathVariable String id, @Valid @RequestBody Requests.Withdraw body) {
        return EnrollmentView.of(withdrawEnrollment.withdraw(caller, id, body.reason()));
    }

    /** The employee's supervisor approves their pending request: a seat if one is free, a place in line otherwise. */
    @PostMapping("/api/enrollments/{id}/approval")
    EnrollmentView approve(AgencyScope caller, @PathVariable String id) {
        return EnrollmentView.of(approveEnrollment.approve(caller, id));
    }

    /** The employee's supervisor rejects their pending request, saying why. */
    @PostMapping("/api/enrollments/{id}/rejection")
    EnrollmentView reject(AgencyScope caller, @PathVariable String id, @Valid @RequestBody Requests.Reject body) {
        return EnrollmentView.of(approveEnrollment.reject(caller, id, body.reason()));
    }

    @PostMapping("/api/enrollments/{id}/attendance")
    EnrollmentView attend(AgencyScope caller, @PathVariable String id,
                          @Valid @RequestBody Requests.RecordAttendance body) {
        return EnrollmentView.of(recordAttendance.record(caller, id, new Attendance(body.sessionDate(),
                body.present())));
    }

    @PostMapping("/api/enrollments/{id}/completion")
    EnrollmentView complete(AgencyScope caller, @PathVariable String id) {
        return EnrollmentView.of(completeEnrollment.complete(caller, id));
    }

    @GetMapping("/api/enrollments/{id}")
    EnrollmentView enrollment(AgencyScope caller, @PathVariable String id) {
        return EnrollmentView.of(queries.enrollment(caller, id));
    }

    /** One page, by program then NIP; {@code programId} and {@code status} narrow it. */
    @GetMapping("/api/enrollments")
    PageView<EnrollmentView> enrollments(AgencyScope caller, @RequestParam(required = false) String programId,
                                         @RequestParam(required = false) EnrollmentStatus status,
                                         @RequestParam(defaultValue = "0") int page,
                                         @RequestParam(defaultValue = "50") int size) {
        var found = queries.enrollments(caller, programId == null ? null : Requests.id("programId", programId),
                status, page, size);
        return new PageView<>(found.items().stream().map(EnrollmentView::of).toList(), page, size, found.total());
    }

    @GetMapping("/api/offerings")
    List<OfferingView> offerings(AgencyScope caller) {
        return queries.offerings(caller).stream().map(o -> OfferingView.of(o.offering(), o.seatsHeld())).toList();
    }
}
