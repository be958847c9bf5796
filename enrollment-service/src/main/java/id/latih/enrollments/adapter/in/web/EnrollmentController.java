package id.latih.enrollments.adapter.in.web;

import id.latih.enrollments.application.CompleteEnrollment;
import id.latih.enrollments.application.EnrollEmployee;
import id.latih.enrollments.application.EnrollmentQueries;
import id.latih.enrollments.application.RecordAttendance;
import id.latih.enrollments.domain.Attendance;
import id.latih.platform.security.AgencyScope;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
class EnrollmentController {

    private final EnrollEmployee enrollEmployee;
    private final RecordAttendance recordAttendance;
    private final CompleteEnrollment completeEnrollment;
    private final EnrollmentQueries queries;

    EnrollmentController(EnrollEmployee enrollEmployee, RecordAttendance recordAttendance,
                         CompleteEnrollment completeEnrollment, EnrollmentQueries queries) {
        this.enrollEmployee = enrollEmployee;
        this.recordAttendance = recordAttendance;
        this.completeEnrollment = completeEnrollment;
        this.queries = queries;
    }

    @PostMapping("/api/enrollments")
    @ResponseStatus(HttpStatus.CREATED)
    EnrollmentView enroll(AgencyScope caller, @Valid @RequestBody Requests.Enroll body) {
        return EnrollmentView.of(enrollEmployee.enroll(caller, body.programId(), body.nip()));
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

    @GetMapping("/api/enrollments")
    List<EnrollmentView> enrollments(AgencyScope caller) {
        return queries.enrollments(caller).stream().map(EnrollmentView::of).toList();
    }

    @GetMapping("/api/offerings")
    List<OfferingView> offerings(AgencyScope caller) {
        return queries.offerings(caller).stream().map(OfferingView::of).toList();
    }
}
