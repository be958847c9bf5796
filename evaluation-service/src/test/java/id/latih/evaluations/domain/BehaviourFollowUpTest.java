package id.latih.evaluations.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.latih.evaluations.domain.BehaviourFollowUp.Announce;
import id.latih.evaluations.domain.BehaviourFollowUp.Expire;
import id.latih.evaluations.domain.BehaviourFollowUp.Wait;
import id.latih.platform.domain.InvalidValueException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Due 1 March, reminders every 14 days, expiry 60 days later (30 April): the steps a sweep takes on each day. */
class BehaviourFollowUpTest {

    private static final LocalDate DUE = LocalDate.of(2026, 3, 1);
    private final BehaviourFollowUp followUp = new BehaviourFollowUp(14, 60);

    @Test
    void before_the_due_day_nothing_is_sent() {
        assertThat(followUp.stepFor(DUE, 0, DUE.minusDays(1))).isEqualTo(new Wait(DUE));
    }

    @Test
    void on_the_due_day_the_supervisor_is_asked_and_the_first_reminder_is_set_14_days_later() {
        assertThat(followUp.stepFor(DUE, 0, DUE))
                .isEqualTo(new Announce(0, LocalDate.of(2026, 4, 30), LocalDate.of(2026, 3, 15)));
    }

    @Test
    void an_unrated_check_is_reminded_on_the_reminder_day_with_the_next_14_days_on() {
        assertThat(followUp.stepFor(DUE, 1, LocalDate.of(2026, 3, 14))).isEqualTo(new Wait(LocalDate.of(2026, 3, 15)));
        assertThat(followUp.stepFor(DUE, 1, LocalDate.of(2026, 3, 15)))
                .isEqualTo(new Announce(1, LocalDate.of(2026, 4, 30), LocalDate.of(2026, 3, 29)));
    }

    @Test
    void a_sweep_that_ran_late_sends_one_step_and_sets_the_next_after_today() {
        // Asked only on 20 March (the service was down): one request, next reminder 29 March, not 15 March.
        assertThat(followUp.stepFor(DUE, 0, LocalDate.of(2026, 3, 20)))
                .isEqualTo(new Announce(0, LocalDate.of(2026, 4, 30), LocalDate.of(2026, 3, 29)));
    }

    @Test
    void the_last_reminder_before_expiry_points_the_next_step_at_the_day_after_expiry() {
        // Reminders fall on 15 and 29 March, 12 and 26 April; the next (10 May) is past expiry: 1 May expires it.
        assertThat(followUp.stepFor(DUE, 4, LocalDate.of(2026, 4, 26)))
                .isEqualTo(new Announce(4, LocalDate.of(2026, 4, 30), LocalDate.of(2026, 5, 1)));
    }

    @Test
    void the_expiry_day_itself_is_still_open_and_the_day_after_it_expires() {
        assertThat(followUp.stepFor(DUE, 5, LocalDate.of(2026, 4, 30))).isEqualTo(new Wait(LocalDate.of(2026, 5, 1)));
        assertThat(followUp.stepFor(DUE, 5, LocalDate.of(2026, 5, 1))).isEqualTo(new Expire(LocalDate.of(2026, 4, 30)));
    }

    @Test
    void a_check_first_seen_after_its_expiry_expires_without_a_request() {
        assertThat(followUp.stepFor(DUE, 0, LocalDate.of(2026, 6, 1))).isEqualTo(new Expire(LocalDate.of(2026, 4, 30)));
    }

    @Test
    void without_reminders_the_request_is_followed_only_by_the_expiry() {
        BehaviourFollowUp noReminders = new BehaviourFollowUp(0, 60);

        assertThat(noReminders.stepFor(DUE, 0, DUE))
                .isEqualTo(new Announce(0, LocalDate.of(2026, 4, 30), LocalDate.of(2026, 5, 1)));
        assertThat(noReminders.stepFor(DUE, 1, LocalDate.of(2026, 4, 1))).isEqualTo(new Wait(LocalDate.of(2026, 5, 1)));
    }

    @Test
    void negative_days_are_refused() {
        assertThatThrownBy(() -> new BehaviourFollowUp(-1, 60)).isInstanceOf(InvalidValueException.class);
    }
}
