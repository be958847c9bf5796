package id.latih.enrollments.domain;

import id.latih.events.AttendanceRecorded;
import id.latih.events.EnrollmentCancelled;
import id.latih.events.EnrollmentConfirmed;
import id.latih.events.EnrollmentRequested;
import id.latih.events.EnrollmentWaitlisted;
import id.latih.events.LatihEvent;
import id.latih.events.TrainingCompleted;
import id.latih.events.TrainingNotCompleted;
import id.latih.platform.domain.InvalidValueException;
import id.latih.platform.domain.RuleViolationException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * One employee's place in one program: waitlisted in arrival order or holding a numbered seat, then completed, not
 * completed or cancelled.
 *
 * @param seat    the seat held while CONFIRMED, null otherwise
 * @param arrival           the program's arrival number of a waitlisted request: the lower, the earlier it is
 *                          promoted
 * @param certificateNumber the certificate issued with a completion, null before and without one
 */
public record Enrollment(String id, String agencyCode, String programId, String nip, EnrollmentStatus status,
                         Integer seat, long arrival, List<Attendance> attendance, String certificateNumber) {

    public Enrollment {
        attendance = attendance == null ? List.of() : List.copyOf(attendance);
    }

    /** An enrollment without a certificate. */
    public Enrollment(String id, String agencyCode, String programId, String nip, EnrollmentStatus status,
                      Integer seat, long arrival, List<Attendance> attendance) {
        this(id, agencyCode, programId, nip, status, seat, arrival, attendance, null);
    }

    /** One enrollment per employee and program: the id says so, and the store's primary key enforces it. */
    public static String idFor(String programId, String nip) {
        return "E-" + programId + "-" + nip;
    }

    public static Enrollment confirm(Offering offering, String employeeAgency, String nip, int seat) {
        return new Enrollment(idFor(offering.programId(), nip), employeeAgency, offering.programId(), nip,
                EnrollmentStatus.CONFIRMED, seat, 0, List.of());
    }

    public static Enrollment waitlist(Offering offering, String employeeAgency, String nip, long arrival) {
        return new Enrollment(idFor(offering.programId(), nip), employeeAgency, offering.programId(), nip,
                EnrollmentStatus.WAITLISTED, null, arrival, List.of());
    }

    /** A request to join a program that requires the supervisor's approval: no seat, no place in line yet. */
    public static Enrollment request(Offering offering, String employeeAgency, String nip) {
        return new Enrollment(idFor(offering.programId(), nip), employeeAgency, offering.programId(), nip,
                EnrollmentStatus.PENDING_APPROVAL, null, 0, List.of());
    }

    public EnrollmentRequested requested(String supervisorNip, Instant at) {
        return new EnrollmentRequested(UUID.randomUUID(), at, agencyCode, id, programId, nip, supervisorNip);
    }

    /** The supervisor approved: the request takes a free seat. */
    public Enrollment approveWithSeat(int seat) {
        requirePending();
        return new Enrollment(id, agencyCode, programId, nip, EnrollmentStatus.CONFIRMED, seat, 0, attendance);
    }

    /** The supervisor approved, but no seat is free: the request joins the line at its arrival number. */
    public Enrollment approveToWaitlist(long arrival) {
        requirePending();
        return new Enrollment(id, agencyCode, programId, nip, EnrollmentStatus.WAITLISTED, null, arrival, attendance);
    }

    /** The supervisor rejected the request. */
    public EnrollmentCancelled reject(String reason, Instant at) {
        requirePending();
        return new EnrollmentCancelled(UUID.randomUUID(), at, agencyCode, id, programId, nip,
                "rejected by the supervisor: " + reason);
    }

    private void requirePending() {
        if (status != EnrollmentStatus.PENDING_APPROVAL) {
            throw new RuleViolationException("not-pending", "Enrollment " + id + " is " + status
                    + ", not waiting for approval");
        }
    }

    public EnrollmentConfirmed confirmed(Instant at) {
        return new EnrollmentConfirmed(UUID.randomUUID(), at, agencyCode, id, programId, nip);
    }

    public EnrollmentWaitlisted waitlisted(int position, Instant at) {
        return new EnrollmentWaitlisted(UUID.randomUUID(), at, agencyCode, id, programId, nip, position);
    }

    /** A waitlisted enrollment takes a freed seat. */
    public Enrollment promote(int freeSeat) {
        if (status != EnrollmentStatus.WAITLISTED) {
            throw new RuleViolationException("not-waitlisted", "Enrollment " + id + " is " + status);
        }
        return new Enrollment(id, agencyCode, programId, nip, EnrollmentStatus.CONFIRMED, freeSeat, arrival,
                attendance);
    }

    /** Withdraws a confirmed or waitlisted enrollment; its seat, if any, is released in the same write. */
    public EnrollmentCancelled cancel(String reason, Instant at) {
        if (!status.active()) {
            throw new RuleViolationException("enrollment-closed", "Enrollment " + id + " is " + status);
        }
        return new EnrollmentCancelled(UUID.randomUUID(), at, agencyCode, id, programId, nip, reason);
    }

    /** Checks an attendance record against the schedule and today; attendance for future sessions is refused. */
    public AttendanceRecorded attend(Offering offering, Attendance record, LocalDate today, Instant at) {
        requireConfirmed();
        if (record.sessionDate().isAfter(today)) {
            throw new InvalidValueException("sessionDate", "attendance cannot be recorded for a future session");
        }
        if (!offering.runsOn(record.sessionDate())) {
            throw new InvalidValueException("sessionDate", "the program does not run on " + record.sessionDate()
                    + " (" + offering.startDate() + " to " + offering.endDate() + ")");
        }
        return new AttendanceRecorded(UUID.randomUUID(), at, agencyCode, id, programId, nip, record.sessionDate(),
                record.present());
    }

    /**
     * Ends the enrollment once the program's last session is over: completed, earning the program's hours, when the
     * sessions attended make at least the organiser's minimum share of all scheduled sessions ({@code minAttendance}
     * when the organiser set none; a session with no record counts as missed); a no-show when none was attended;
     * not completed otherwise.
     */
    public LatihEvent complete(Offering offering, double minAttendance, LocalDate today, Instant at) {
        return complete(offering, minAttendance, today, at, null);
    }

    /** As {@link #complete(Offering, double, LocalDate, Instant)}, a completion carrying its certificate's number. */
    public LatihEvent complete(Offering offering, double minAttendance, LocalDate today, Instant at,
                               String certificateNumber) {
        requireConfirmed();
        if (!offering.over(today, at)) {
            throw new RuleViolationException("program-running", "Program " + programId + " runs until "
                    + offering.endDate() + "; completion is decided after its last session");
        }
        long present = attendance.stream().filter(Attendance::present).count();
        double attended = present / (double) offering.scheduledSessions();
        double minimum = offering.delivery().minimumAttendance(minAttendance);
        if (attended >= minimum) {
            return new TrainingCompleted(UUID.randomUUID(), at, agencyCode, id, programId, nip,
                    offering.competencyCode(), offering.jp(), today, certificateNumber);
        }
        if (present == 0) {
            return new TrainingNotCompleted(UUID.randomUUID(), at, agencyCode, id, programId, nip,
                    "no-show: attended none of " + offering.scheduledSessions() + " scheduled sessions", true);
        }
        return new TrainingNotCompleted(UUID.randomUUID(), at, agencyCode, id, programId, nip,
                String.format("attended %d of %d scheduled sessions (%.0f%%), %.0f%% required", present,
                        offering.scheduledSessions(), attended * 100, minimum * 100), false);
    }

    private void requireConfirmed() {
        if (status != EnrollmentStatus.CONFIRMED) {
            throw new RuleViolationException("enrollment-closed", "Enrollment " + id + " is " + status);
        }
    }
}
