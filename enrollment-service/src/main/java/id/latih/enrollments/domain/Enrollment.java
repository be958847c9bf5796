package id.latih.enrollments.domain;

import id.latih.events.AttendanceRecorded;
import id.latih.events.EnrollmentConfirmed;
import id.latih.events.LatihEvent;
import id.latih.events.TrainingCompleted;
import id.latih.events.TrainingNotCompleted;
import id.latih.platform.domain.InvalidValueException;
import id.latih.platform.domain.RuleViolationException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** One employee's place in one program, from the confirmed seat to completion. */
public record Enrollment(String id, String agencyCode, String programId, String nip, EnrollmentStatus status,
                         List<Attendance> attendance) {

    public Enrollment {
        attendance = attendance == null ? List.of() : List.copyOf(attendance);
    }

    /** One enrollment per employee and program: the id says so, and the store's primary key enforces it. */
    public static String idFor(String programId, String nip) {
        return "E-" + programId + "-" + nip;
    }

    public static Enrollment confirm(Offering offering, String employeeAgency, String nip) {
        return new Enrollment(idFor(offering.programId(), nip), employeeAgency, offering.programId(), nip,
                EnrollmentStatus.CONFIRMED, List.of());
    }

    public EnrollmentConfirmed confirmed(Instant at) {
        return new EnrollmentConfirmed(UUID.randomUUID(), at, agencyCode, id, programId, nip);
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
     * Ends the enrollment: completed, earning the program's hours, when the share of recorded sessions attended
     * reaches {@code minAttendance}; not completed otherwise.
     */
    public LatihEvent complete(Offering offering, double minAttendance, LocalDate today, Instant at) {
        requireConfirmed();
        if (attendance.isEmpty()) {
            throw new RuleViolationException("no-attendance", "No attendance is recorded for " + id + " yet");
        }
        double attended = attendance.stream().filter(Attendance::present).count() / (double) attendance.size();
        if (attended >= minAttendance) {
            return new TrainingCompleted(UUID.randomUUID(), at, agencyCode, id, programId, nip,
                    offering.competencyCode(), offering.jp(), today);
        }
        return new TrainingNotCompleted(UUID.randomUUID(), at, agencyCode, id, programId, nip,
                String.format("attended %.0f%% of sessions, %.0f%% required", attended * 100, minAttendance * 100));
    }

    private void requireConfirmed() {
        if (status != EnrollmentStatus.CONFIRMED) {
            throw new RuleViolationException("enrollment-closed", "Enrollment " + id + " is " + status);
        }
    }
}
