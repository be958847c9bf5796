package id.latih.enrollments.application;

import id.latih.enrollments.application.Enrollments.Finish;
import id.latih.enrollments.domain.Certificate;
import id.latih.enrollments.domain.CertificateNumbers;
import id.latih.enrollments.domain.Enrollment;
import id.latih.enrollments.domain.EnrollmentStatus;
import id.latih.events.LatihEvent;
import id.latih.events.TrainingCompleted;
import id.latih.events.TrainingNotCompleted;
import id.latih.platform.domain.RuleViolationException;
import id.latih.platform.security.AgencyScope;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Service;

/**
 * Ends an enrollment on its attendance: TrainingCompleted with the program's JP and a certificate, or
 * TrainingNotCompleted (status NO_SHOW when no session was attended, NOT_COMPLETED otherwise). The certificate is written with the completion, so no completion ever lacks one.
 */
@Service
public class CompleteEnrollment {

    /** Sixty random bits make a taken number a once-in-a-lifetime event; three draws make a failure unthinkable. */
    private static final int NUMBER_DRAWS = 3;

    private final EnrollmentAccess access;
    private final Enrollments enrollments;
    private final EmployeeDirectory employees;
    private final EnrollmentProperties properties;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public CompleteEnrollment(EnrollmentAccess access, Enrollments enrollments, EmployeeDirectory employees,
                              EnrollmentProperties properties, Clock clock) {
        this.access = access;
        this.enrollments = enrollments;
        this.employees = employees;
        this.properties = properties;
        this.clock = clock;
    }

    public Enrollment complete(AgencyScope caller, String enrollmentId) {
        EnrollmentAccess.Found found = access.forOrganiser(caller, enrollmentId);
        Enrollment enrollment = found.enrollment();
        LocalDate today = LocalDate.now(clock);
        for (int draw = 0; draw < NUMBER_DRAWS; draw++) {
            String number = CertificateNumbers.issue(today.getYear(), random);
            LatihEvent outcome = enrollment.complete(found.offering(), properties.minAttendanceRatio(), today,
                    clock.instant(), number);
            Finish finish = outcome instanceof TrainingCompleted done
                    ? enrollments.finish(enrollmentId, EnrollmentStatus.COMPLETED, today, done.jpEarned(),
                    Certificate.issue(number, holderName(enrollment), found.offering(), today, done.jpEarned()),
                    outcome)
                    : enrollments.finish(enrollmentId, outcome instanceof TrainingNotCompleted missed && missed.noShow()
                    ? EnrollmentStatus.NO_SHOW : EnrollmentStatus.NOT_COMPLETED, today, 0, null, outcome);
            if (finish == Finish.NOT_CONFIRMED) {
                throw new RuleViolationException("enrollment-closed", "Enrollment " + enrollmentId + " has ended");
            }
            if (finish == Finish.FINISHED) {
                return enrollments.find(enrollmentId).orElseThrow();
            }
        }
        throw new IllegalStateException("No free certificate number in " + NUMBER_DRAWS + " draws");
    }

    /** The name as the employee replica knows it today (never the NIP: certificates are shown to anyone). */
    private String holderName(Enrollment enrollment) {
        return employees.find(enrollment.nip()).map(EmployeeDirectory.KnownEmployee::name)
                .filter(name -> name != null && !name.isBlank()).orElse("(nama tidak tercatat)");
    }
}
