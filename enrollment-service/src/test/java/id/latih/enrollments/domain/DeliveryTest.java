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
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A program held on Monday, Wednesday and Friday, its last session ending Friday 16:00 in Jakarta (09:00 UTC). */
class DeliveryTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 5, 4);
    private static final LocalDate FRIDAY = MONDAY.plusDays(4);
    private static final Instant LAST_SESSION_END = Instant.parse("2026-05-08T09:00:00Z");

    private static Offering withMinimum(int percent) {
        return new Offering("P-1", "3273.BKPSDM", "Pelayanan Prima", "M.05", 12, 30, MONDAY, FRIDAY,
                OfferingStatus.OPEN, Map.of(), new Delivery(List.of(MONDAY, MONDAY.plusDays(2), FRIDAY),
                LAST_SESSION_END, percent), Eligibility.anyone());
    }

    private static Enrollment attended(LocalDate... days) {
        return new Enrollment("E-P-1-198503152010012001", "3273.DINKES", "P-1", "198503152010012001",
                EnrollmentStatus.CONFIRMED, 0, 0, java.util.Arrays.stream(days).map(d -> new Attendance(d, true))
                .toList());
    }

    @Test
    void attendance_on_a_day_without_a_session_is_refused() {
        assertThatThrownBy(() -> attended().attend(withMinimum(0), new Attendance(MONDAY.plusDays(1), true), FRIDAY,
                Instant.now())).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void two_of_three_sessions_complete_against_the_organisers_60_percent_but_not_the_default_80() {
        Enrollment twoOfThree = attended(MONDAY, FRIDAY);

        assertThat(twoOfThree.complete(withMinimum(60), 0.8, FRIDAY, LAST_SESSION_END))
                .isInstanceOf(TrainingCompleted.class);
        assertThat(twoOfThree.complete(withMinimum(0), 0.8, FRIDAY, LAST_SESSION_END))
                .isInstanceOfSatisfying(TrainingNotCompleted.class,
                        e -> assertThat(e.reason()).contains("2 of 3").contains("67%").contains("80%"));
    }

    @Test
    void on_the_last_day_completion_waits_until_the_last_session_has_ended() {
        Enrollment all = attended(MONDAY, MONDAY.plusDays(2), FRIDAY);

        assertThatThrownBy(() -> all.complete(withMinimum(0), 0.8, FRIDAY, LAST_SESSION_END.minusSeconds(60)))
                .isInstanceOf(RuleViolationException.class);
        assertThat(all.complete(withMinimum(0), 0.8, FRIDAY, LAST_SESSION_END)).isInstanceOf(TrainingCompleted.class);
    }
}
