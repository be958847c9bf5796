package id.latih.enrollments.application;

import id.latih.enrollments.domain.Attendance;
import id.latih.enrollments.domain.Enrollment;
import id.latih.enrollments.domain.Offering;
import id.latih.events.AttendanceRecorded;
import id.latih.platform.domain.RuleViolationException;
import id.latih.platform.security.AgencyScope;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Service;

/** The organiser records who attended a session: never for a future date, once per session. */
@Service
public class RecordAttendance {

    private final EnrollmentAccess access;
    private final Enrollments enrollments;
    private final Clock clock;

    public RecordAttendance(EnrollmentAccess access, Enrollments enrollments, Clock clock) {
        this.access = access;
        this.enrollments = enrollments;
        this.clock = clock;
    }

    public Enrollment record(AgencyScope caller, String enrollmentId, Attendance attendance) {
        EnrollmentAccess.Found found = access.forOrganiser(caller, enrollmentId);
        Enrollment enrollment = found.enrollment();
        Offering offering = found.offering();
        AttendanceRecorded recorded = enrollment.attend(offering, attendance, LocalDate.now(clock), clock.instant());
        if (!enrollments.addAttendance(enrollmentId, attendance, recorded)) {
            throw new RuleViolationException("attendance-recorded", "Attendance of " + enrollmentId + " on "
                    + attendance.sessionDate() + " is already recorded");
        }
        return enrollments.find(enrollmentId).orElseThrow();
    }
}
