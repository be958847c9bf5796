package id.latih.enrollments.application;

import id.latih.enrollments.domain.Enrollment;
import id.latih.enrollments.domain.EnrollmentStatus;
import id.latih.events.LatihEvent;
import id.latih.events.TrainingCompleted;
import id.latih.platform.domain.RuleViolationException;
import id.latih.platform.security.AgencyScope;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Service;

/** Ends an enrollment on its attendance: TrainingCompleted with the program's JP, or TrainingNotCompleted. */
@Service
public class CompleteEnrollment {

    private final EnrollmentAccess access;
    private final Enrollments enrollments;
    private final EnrollmentProperties properties;
    private final Clock clock;

    public CompleteEnrollment(EnrollmentAccess access, Enrollments enrollments, EnrollmentProperties properties,
                              Clock clock) {
        this.access = access;
        this.enrollments = enrollments;
        this.properties = properties;
        this.clock = clock;
    }

    public Enrollment complete(AgencyScope caller, String enrollmentId) {
        EnrollmentAccess.Found found = access.forOrganiser(caller, enrollmentId);
        LatihEvent outcome = found.enrollment().complete(found.offering(), properties.minAttendanceRatio(),
                LocalDate.now(clock), clock.instant());
        EnrollmentStatus status = outcome instanceof TrainingCompleted ? EnrollmentStatus.COMPLETED
                : EnrollmentStatus.NOT_COMPLETED;
        int jp = outcome instanceof TrainingCompleted done ? done.jpEarned() : 0;
        if (!enrollments.finish(enrollmentId, status, LocalDate.now(clock), jp, outcome)) {
            throw new RuleViolationException("enrollment-closed", "Enrollment " + enrollmentId + " has ended");
        }
        return enrollments.find(enrollmentId).orElseThrow();
    }
}
