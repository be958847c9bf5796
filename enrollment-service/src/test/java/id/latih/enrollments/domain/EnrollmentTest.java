package id.latih.enrollments.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.latih.events.TrainingCompleted;
import id.latih.events.TrainingNotCompleted;
import id.latih.platform.domain.InvalidValueException;
import id.latih.platform.domain.RuleViolationException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class EnrollmentTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 5, 4);
    private final Offering offering = new Offering("P-1", "3273.BKPSDM", "Pelayanan Prima", "M.05", 24, 30, 1,
            MONDAY, MONDAY.plusDays(4), OfferingStatus.OPEN, List.of("198503152010011001"));
    private final Enrollment enrollment = Enrollment.confirm(offering, "3273.DINKES", "198503152010011001");

    @Test
    void attendance_for_a_future_session_is_refused() {
        assertThatThrownBy(() -> enrollment.attend(offering, new Attendance(MONDAY.plusDays(1), true), MONDAY,
                Instant.now())).isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.getMessage()).contains("future"));
    }

    @Test
    void attendance_outside_the_schedule_is_refused() {
        assertThatThrownBy(() -> enrollment.attend(offering, new Attendance(MONDAY.minusDays(1), true),
                MONDAY.plusDays(10), Instant.now())).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void attending_enough_sessions_completes_with_the_programs_hours() {
        Enrollment attended = withAttendance(true, true, true, true, false);

        assertThat(attended.complete(offering, 0.8, MONDAY.plusDays(4), Instant.now()))
                .isInstanceOfSatisfying(TrainingCompleted.class, done -> {
                    assertThat(done.jpEarned()).isEqualTo(24);
                    assertThat(done.competencyCode()).isEqualTo("M.05");
                    assertThat(done.agencyCode()).isEqualTo("3273.DINKES");
                });
    }

    @Test
    void attending_too_few_sessions_does_not_complete() {
        Enrollment attended = withAttendance(true, true, false, false, false);

        assertThat(attended.complete(offering, 0.8, MONDAY.plusDays(4), Instant.now()))
                .isInstanceOfSatisfying(TrainingNotCompleted.class, e -> assertThat(e.reason()).contains("40%"));
    }

    @Test
    void an_enrollment_without_attendance_cannot_be_completed() {
        assertThatThrownBy(() -> enrollment.complete(offering, 0.8, MONDAY, Instant.now()))
                .isInstanceOf(RuleViolationException.class);
    }

    private Enrollment withAttendance(boolean... present) {
        List<Attendance> records = new java.util.ArrayList<>();
        for (int day = 0; day < present.length; day++) {
            records.add(new Attendance(MONDAY.plusDays(day), present[day]));
        }
        return new Enrollment(enrollment.id(), enrollment.agencyCode(), enrollment.programId(), enrollment.nip(),
                EnrollmentStatus.CONFIRMED, records);
    }
}
