package id.latih.enrollments.adapter.out.mongo;

import id.latih.enrollments.domain.Attendance;
import id.latih.enrollments.domain.Certificate;
import id.latih.enrollments.domain.Enrollment;
import id.latih.enrollments.domain.EnrollmentStatus;
import id.latih.platform.outbox.PendingEvent;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An enrollment. {@code seatKey} (program, seat block and seat number, present only while a seat is held) and
 * {@code requestKey} (the caller and its Idempotency-Key) are unique in the collection ({@link MongoEnrollments}):
 * the store itself refuses a second holder of a seat and a second enrollment for one request.
 */
@Document(EnrollmentDocument.COLLECTION)
record EnrollmentDocument(@Id String id, String agencyCode, String programId, String nip, EnrollmentStatus status,
                          Integer seat, String seatBlock, String seatKey, long arrival, String requestKey,
                          List<Attendance> attendance, Certificate certificate, List<PendingEvent> pendingEvents) {

    static final String COLLECTION = "enrollments";

    static EnrollmentDocument of(Enrollment e, String seatBlock, String requestKey, List<PendingEvent> pending) {
        return new EnrollmentDocument(e.id(), e.agencyCode(), e.programId(), e.nip(), e.status(), e.seat(),
                e.seat() == null ? null : seatBlock, seatKey(e.programId(), seatBlock, e.seat()), e.arrival(),
                requestKey, e.attendance(), null, pending);
    }

    static String seatKey(String programId, String seatBlock, Integer seat) {
        return seat == null ? null : programId + "#" + seatBlock + "#" + seat;
    }

    Enrollment toEnrollment() {
        return new Enrollment(id, agencyCode, programId, nip, status, seat, arrival, attendance,
                certificate == null ? null : certificate.number());
    }
}
