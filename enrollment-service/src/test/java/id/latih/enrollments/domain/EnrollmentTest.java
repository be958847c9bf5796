package id.latih.enrollments.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.latih.events.TrainingCompleted;
import id.latih.events.TrainingNotCompleted;
import id.latih.platform.domain.InvalidValueException;
import id.latih.platform.domain.RuleViolationException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EnrollmentTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 5, 4);
    private static final LocalDate FRIDAY = MONDAY.plusDays(4);
    private final Offering offering = new Offering("P-1", "3273.BKPSDM", "Pelayanan Prima", "M.05", 24, 30,
            MONDAY, FRIDAY, OfferingStatus.OPEN, Map.of(), Delivery.daily(), Eligibility.anyone());
    private final Enrollment enrollment = Enrollment.confirm(offering, "3273.DINKES", "198503152010011001", 0);

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
    void attending_four_of_five_scheduled_sessions_completes_with_the_programs_hours() {
        Enrollment attended = withAttendance(true, true, true, true, false);

        assertThat(attended.complete(offering, 0.8, FRIDAY, Instant.now()))
                .isInstanceOfSatisfying(TrainingCompleted.class, done -> {
                    assertThat(done.jpEarned()).isEqualTo(24);
                    assertThat(done.competencyCode()).isEqualTo("M.05");
                    assertThat(done.agencyCode()).isEqualTo("3273.DINKES");
                });
    }

    @Test
    void attending_two_of_five_sessions_does_not_complete() {
        Enrollment attended = withAttendance(true, true, false, false, false);

        assertThat(attended.complete(offering, 0.8, FRIDAY, Instant.now()))
                .isInstanceOfSatisfying(TrainingNotCompleted.class,
                        e -> assertThat(e.reason()).contains("2 of 5").contains("40%"));
    }

    @Test
    void one_present_record_on_the_first_day_is_measured_against_all_five_sessions() {
        Enrollment firstDayOnly = withAttendance(true);

        assertThat(firstDayOnly.complete(offering, 0.8, FRIDAY, Instant.now()))
                .isInstanceOfSatisfying(TrainingNotCompleted.class,
                        e -> assertThat(e.reason()).contains("1 of 5").contains("20%"));
    }

    @Test
    void four_of_five_sessions_attended_without_records_for_the_rest_still_completes_at_80_percent() {
        assertThat(withAttendance(true, true, true, true).complete(offering, 0.8, FRIDAY.plusDays(3), Instant.now()))
                .isInstanceOf(TrainingCompleted.class);
    }

    @Test
    void completion_before_the_last_session_is_refused() {
        Enrollment attended = withAttendance(true, true, true, true);

        assertThatThrownBy(() -> attended.complete(offering, 0.8, FRIDAY.minusDays(1), Instant.now()))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.kind()).isEqualTo("program-running"));
    }

    @Test
    void a_request_is_decided_once_into_a_seat_or_a_place_in_line_and_nothing_else_is_pending() {
        Enrollment pending = Enrollment.request(offering, "3273.DINKES", "198503152010011003");

        assertThat(pending.status()).isEqualTo(EnrollmentStatus.PENDING_APPROVAL);
        assertThat(pending.seat()).isNull();
        assertThat(pending.approveWithSeat(4).status()).isEqualTo(EnrollmentStatus.CONFIRMED);
        assertThat(pending.approveWithSeat(4).seat()).isEqualTo(4);
        assertThat(pending.approveToWaitlist(9).arrival()).isEqualTo(9);
        assertThat(pending.reject("beban kerja", Instant.now()).reason())
                .isEqualTo("rejected by the supervisor: beban kerja");
        assertThatThrownBy(() -> pending.approveWithSeat(4).approveWithSeat(5))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.kind()).isEqualTo("not-pending"));
        assertThatThrownBy(() -> pending.attend(offering, new Attendance(MONDAY, true), MONDAY, Instant.now()))
                .isInstanceOf(RuleViolationException.class);
    }

    @Test
    void a_confirmed_participant_who_attended_no_session_is_a_no_show_after_the_last() {
        assertThat(enrollment.complete(offering, 0.8, FRIDAY, Instant.now()))
                .isInstanceOfSatisfying(TrainingNotCompleted.class, e -> {
                    assertThat(e.noShow()).isTrue();
                    assertThat(e.reason()).isEqualTo("no-show: attended none of 5 scheduled sessions");
                });
    }

    @Test
    void absent_records_alone_still_make_a_no_show_while_one_present_day_does_not() {
        assertThat(withAttendance(false, false, false, false).complete(offering, 0.8, FRIDAY, Instant.now()))
                .isInstanceOfSatisfying(TrainingNotCompleted.class, e -> assertThat(e.noShow()).isTrue());
        assertThat(withAttendance(true, false, false, false).complete(offering, 0.8, FRIDAY, Instant.now()))
                .isInstanceOfSatisfying(TrainingNotCompleted.class, e -> assertThat(e.noShow()).isFalse());
    }

    @Test
    void a_waitlisted_enrollment_takes_a_seat_when_promoted_and_cannot_attend_before() {
        Enrollment waiting = Enrollment.waitlist(offering, "3273.DINKES", "198503152010011002", 7);

        assertThatThrownBy(() -> waiting.attend(offering, new Attendance(MONDAY, true), MONDAY, Instant.now()))
                .isInstanceOf(RuleViolationException.class);
        Enrollment seated = waiting.promote(12);
        assertThat(seated.status()).isEqualTo(EnrollmentStatus.CONFIRMED);
        assertThat(seated.seat()).isEqualTo(12);
        assertThatThrownBy(() -> seated.promote(13)).isInstanceOf(RuleViolationException.class);
    }

    @Test
    void a_completed_enrollment_cannot_be_withdrawn() {
        Enrollment done = new Enrollment(enrollment.id(), "3273.DINKES", "P-1", enrollment.nip(),
                EnrollmentStatus.COMPLETED, 0, 0, List.of());

        assertThatThrownBy(() -> done.cancel("changed my mind", Instant.now()))
                .isInstanceOf(RuleViolationException.class);
        assertThat(enrollment.cancel("changed my mind", Instant.now()).reason()).isEqualTo("changed my mind");
    }

    private Enrollment withAttendance(boolean... present) {
        List<Attendance> records = new ArrayList<>();
        for (int day = 0; day < present.length; day++) {
            records.add(new Attendance(MONDAY.plusDays(day), present[day]));
        }
        return new Enrollment(enrollment.id(), enrollment.agencyCode(), enrollment.programId(), enrollment.nip(),
                EnrollmentStatus.CONFIRMED, 0, 0, records);
    }
}
