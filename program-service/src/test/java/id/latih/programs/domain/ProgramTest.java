package id.latih.programs.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.latih.platform.domain.InvalidValueException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProgramTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 4, 1);

    @Test
    void a_sound_design_is_published() {
        Program program = publish(LearningRoute.KLASIKAL, LearningMethod.WORKSHOP, TODAY, TODAY.plusDays(2));

        assertThat(program.status()).isEqualTo(ProgramStatus.PUBLISHED);
        assertThat(program.published(java.time.Instant.now()).needIds()).containsExactly("N-1");
    }

    @Test
    void a_method_outside_the_route_is_refused() {
        assertThatThrownBy(() -> publish(LearningRoute.KLASIKAL, LearningMethod.COACHING, TODAY, TODAY))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("method"));
    }

    @Test
    void a_blended_program_may_mix_methods() {
        assertThat(publish(LearningRoute.BLENDED, LearningMethod.E_LEARNING, TODAY, TODAY).method())
                .isEqualTo(LearningMethod.E_LEARNING);
    }

    @Test
    void a_schedule_in_the_past_or_ending_before_it_starts_is_refused() {
        assertThatThrownBy(() -> publish(LearningRoute.KLASIKAL, LearningMethod.CLASS, TODAY.minusDays(1), TODAY))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("startDate"));
        assertThatThrownBy(() -> publish(LearningRoute.KLASIKAL, LearningMethod.CLASS, TODAY, TODAY.minusDays(1)))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("endDate"));
    }

    private static Program publish(LearningRoute route, LearningMethod method, LocalDate start, LocalDate end) {
        return Program.publish("3273.BKPSDM", new ProgramPlan("Pelayanan Prima", "M.05", route, method, 20, 30, start,
                end, List.of("N-1"), Design.none()), TODAY, java.time.ZoneId.of("Asia/Jakarta"));
    }
}
