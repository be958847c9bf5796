package id.latih.enrollments.application;

import id.latih.enrollments.domain.Attendance;
import id.latih.enrollments.domain.Enrollment;
import id.latih.enrollments.domain.EnrollmentStatus;
import id.latih.enrollments.domain.Offering;
import id.latih.events.AttendanceRecorded;
import id.latih.platform.domain.DomainException;
import id.latih.platform.domain.InvalidValueException;
import id.latih.platform.domain.NotFoundException;
import id.latih.platform.security.AgencyScope;
import id.latih.platform.security.Role;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * The organiser uploads the paper attendance roster of one session day, for places without a connection. Every row
 * is checked before anything is written; with one bad row nothing is recorded unless the organiser asked to accept
 * the valid rows. Each recorded row is the same attendance record, with its event, as a single entry.
 */
@Service
public class UploadRoster {

    /** One row as read from the file: the NIP, present or absent, or why the row could not be read. */
    public record Row(int line, String nip, Boolean present, String unreadable) {
    }

    public enum Outcome {
        /** Recorded, with its event. */
        RECORDED,
        /** Valid, but not recorded because another row was refused and valid rows were not to be accepted alone. */
        NOT_RECORDED,
        REFUSED
    }

    public record RowResult(int line, String nip, Outcome outcome, String reason) {
    }

    /** @param recorded whether anything was recorded */
    public record Report(LocalDate sessionDate, boolean recorded, List<RowResult> rows) {
    }

    private record Checked(Row row, Enrollment enrollment, AttendanceRecorded event, String refusal) {
    }

    private final Offerings offerings;
    private final Enrollments enrollments;
    private final Clock clock;

    public UploadRoster(Offerings offerings, Enrollments enrollments, Clock clock) {
        this.offerings = offerings;
        this.enrollments = enrollments;
        this.clock = clock;
    }

    public Report upload(AgencyScope caller, String programId, LocalDate sessionDate, List<Row> rows,
                         boolean acceptValid) {
        caller.requireAny(Role.AGENCY_ADMIN, Role.PROGRAM_DESIGNER, Role.INTEGRATION);
        Offering offering = offerings.find(programId).orElseThrow(() -> new NotFoundException("Program", programId));
        caller.requireWriteTo(offering.agencyCode());
        LocalDate today = LocalDate.now(clock);
        if (sessionDate.isAfter(today) || !offering.runsOn(sessionDate)) {
            throw new InvalidValueException("sessionDate", "is not a session day of the program up to today");
        }
        List<Checked> checked = check(offering, sessionDate, rows, today, clock.instant());
        boolean anyRefused = checked.stream().anyMatch(c -> c.refusal() != null);
        boolean write = !anyRefused || acceptValid;
        List<RowResult> results = new ArrayList<>();
        for (Checked c : checked) {
            results.add(c.refusal() != null ? result(c, Outcome.REFUSED, c.refusal())
                    : !write ? result(c, Outcome.NOT_RECORDED, "another row was refused")
                    : record(c, sessionDate));
        }
        return new Report(sessionDate, results.stream().anyMatch(r -> r.outcome() == Outcome.RECORDED), results);
    }

    private List<Checked> check(Offering offering, LocalDate day, List<Row> rows, LocalDate today, Instant now) {
        Map<String, Integer> seen = new HashMap<>();
        List<Checked> checked = new ArrayList<>();
        for (Row row : rows) {
            Integer earlier = row.nip() == null ? null : seen.putIfAbsent(row.nip(), row.line());
            if (row.unreadable() != null) {
                checked.add(new Checked(row, null, null, row.unreadable()));
            } else if (earlier != null) {
                checked.add(new Checked(row, null, null, "the NIP is also on line " + earlier));
            } else {
                checked.add(checkOne(offering, day, row, today, now));
            }
        }
        return checked;
    }

    private Checked checkOne(Offering offering, LocalDate day, Row row, LocalDate today, Instant now) {
        Enrollment enrollment = enrollments.find(Enrollment.idFor(offering.programId(), row.nip())).orElse(null);
        if (enrollment == null) {
            return new Checked(row, null, null, "not enrolled in this program");
        }
        if (enrollment.status() != EnrollmentStatus.CONFIRMED) {
            return new Checked(row, null, null, "the enrollment is " + enrollment.status() + ", not CONFIRMED");
        }
        if (enrollment.attendance().stream().anyMatch(a -> a.sessionDate().equals(day))) {
            return new Checked(row, null, null, "attendance on " + day + " is already recorded");
        }
        try {
            return new Checked(row, enrollment, enrollment.attend(offering, new Attendance(day, row.present()),
                    today, now), null);
        } catch (DomainException refused) {
            return new Checked(row, null, null, refused.getMessage());
        }
    }

    private RowResult record(Checked c, LocalDate day) {
        boolean added = enrollments.addAttendance(c.enrollment().id(), new Attendance(day, c.row().present()),
                c.event());
        return added ? result(c, Outcome.RECORDED, c.row().present() ? "present" : "absent")
                : result(c, Outcome.REFUSED, "attendance on " + day + " was recorded meanwhile");
    }

    private static RowResult result(Checked c, Outcome outcome, String reason) {
        return new RowResult(c.row().line(), c.row().nip(), outcome, reason);
    }
}
