package id.latih.enrollments.application;

import id.latih.enrollments.domain.Attendance;
import id.latih.enrollments.domain.CheckInCodes;
import id.latih.enrollments.domain.CheckInCodes.Expired;
import id.latih.enrollments.domain.CheckInCodes.Valid;
import id.latih.enrollments.domain.Enrollment;
import id.latih.enrollments.domain.EnrollmentStatus;
import id.latih.enrollments.domain.Offering;
import id.latih.enrollments.domain.Session;
import id.latih.events.AttendanceRecorded;
import id.latih.platform.domain.InvalidValueException;
import id.latih.platform.domain.RuleViolationException;
import id.latih.platform.security.AgencyScope;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.stereotype.Service;

/**
 * A participant present in the hall checks in with the code the facilitator shows: the code must be this service's,
 * current, and for a session running now; the participant must hold a confirmed seat in its program and not have
 * checked in (or been recorded) for that session's day. Their own token says who they are, so nobody checks in for
 * someone else. The check-in is the organiser's attendance record "present", with its event, in one write.
 */
@Service
public class CheckIn {

    private final Offerings offerings;
    private final Enrollments enrollments;
    private final CheckInCodes codes;
    private final Clock clock;

    public CheckIn(Offerings offerings, Enrollments enrollments, CheckInProperties properties, Clock clock) {
        this.offerings = offerings;
        this.enrollments = enrollments;
        this.codes = properties.codes();
        this.clock = clock;
    }

    public Enrollment checkIn(AgencyScope caller, String code) {
        if (caller.nip() == null) {
            throw new RuleViolationException("not-a-participant", "Only a participant checks in, with their own token");
        }
        Instant now = clock.instant();
        CheckInCodes.Reading reading = codes.read(code, now);
        if (reading instanceof Expired) {
            throw new RuleViolationException("check-in-code-expired",
                    "The code has expired; scan the one the facilitator shows now");
        }
        if (!(reading instanceof Valid valid)) {
            throw new InvalidValueException("code", "is not a check-in code issued by Latih");
        }
        Offering offering = offerings.find(valid.programId()).orElseThrow(() -> notRunning(valid.sessionId()));
        Session session = offering.session(valid.sessionId(), clock.getZone())
                .filter(s -> s.runsAt(now)).orElseThrow(() -> notRunning(valid.sessionId()));
        Enrollment enrollment = enrollments.find(Enrollment.idFor(offering.programId(), caller.nip()))
                .orElseThrow(() -> new RuleViolationException("not-enrolled",
                        "You are not enrolled in the program of this session"));
        if (enrollment.status() != EnrollmentStatus.CONFIRMED) {
            throw new RuleViolationException("not-confirmed", "Only participants with a confirmed seat check in; "
                    + "this enrollment is " + enrollment.status());
        }
        Attendance present = new Attendance(session.day(clock.getZone()), true);
        AttendanceRecorded recorded = enrollment.attend(offering, present, LocalDate.now(clock), now);
        if (!enrollments.addAttendance(enrollment.id(), present, recorded)) {
            throw new RuleViolationException("already-checked-in", "Your attendance of the session on "
                    + present.sessionDate() + " is already recorded");
        }
        return enrollments.find(enrollment.id()).orElseThrow();
    }

    private static RuleViolationException notRunning(String sessionId) {
        return new RuleViolationException("session-not-running", "Session " + sessionId + " is not running now");
    }
}
