package id.latih.enrollments.adapter.out.mongo;

import id.latih.enrollments.domain.Attendance;
import id.latih.enrollments.domain.Enrollment;
import id.latih.enrollments.domain.EnrollmentStatus;
import id.latih.platform.outbox.PendingEvent;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

@Document(EnrollmentDocument.COLLECTION)
record EnrollmentDocument(@Id String id, String agencyCode, String programId, String nip, EnrollmentStatus status,
                          List<Attendance> attendance, List<PendingEvent> pendingEvents) {

    static final String COLLECTION = "enrollments";

    static EnrollmentDocument of(Enrollment e, List<PendingEvent> pending) {
        return new EnrollmentDocument(e.id(), e.agencyCode(), e.programId(), e.nip(), e.status(), e.attendance(),
                pending);
    }

    Enrollment toEnrollment() {
        return new Enrollment(id, agencyCode, programId, nip, status, attendance);
    }
}
