package id.latih.enrollments.adapter.in.web;

import id.latih.enrollments.domain.Attendance;
import id.latih.enrollments.domain.Enrollment;
import java.time.LocalDate;
import java.util.List;

/**
 * An enrollment as the API shows it; only callers who may read the employee (or organise the program) get it.
 * {@code certificateNumber} is set once the enrollment is completed: the PDF is at /api/certificates/{number}.
 */
record EnrollmentView(String id, String agencyCode, String programId, String nip, String status,
                      List<AttendanceView> attendance, String certificateNumber) {

    record AttendanceView(LocalDate sessionDate, boolean present) {

        static AttendanceView of(Attendance a) {
            return new AttendanceView(a.sessionDate(), a.present());
        }
    }

    static EnrollmentView of(Enrollment e) {
        return new EnrollmentView(e.id(), e.agencyCode(), e.programId(), e.nip(), e.status().name(),
                e.attendance().stream().map(AttendanceView::of).toList(), e.certificateNumber());
    }
}
