package id.latih.evaluations.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.latih.platform.domain.InvalidValueException;
import id.latih.platform.domain.RuleViolationException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BehaviourTest {

    // Completed 2026-05-08, follow-up after 3 months: due 2026-08-08, open 60 days, to 2026-10-07.
    private static final LocalDate DUE = LocalDate.of(2026, 8, 8);
    private static final String KABID = "197801012005011001";
    private static final Instant NOW = Instant.parse("2026-08-10T03:00:00Z");

    private static final List<TargetLevel> TARGETS = List.of(new TargetLevel("M.05", 3));

    private final Evaluation file = EvaluationBuilder.completed("198503152010011001", 40, 70);

    @Test
    void the_check_is_open_from_its_due_date_for_the_expiry_days() {
        assertThat(file.behaviourCheckDue()).isEqualTo(DUE);
        assertThat(file.behaviourCheckOpen(DUE.minusDays(1), 60)).isFalse();
        assertThat(file.behaviourCheckOpen(DUE, 60)).isTrue();
        assertThat(file.behaviourCheckOpen(DUE.plusDays(60), 60)).isTrue();
        assertThat(file.behaviourCheckOpen(DUE.plusDays(61), 60)).isFalse();
    }

    @Test
    void the_supervisor_rates_the_programs_competency_on_the_five_levels() {
        BehaviourRating rating = file.rateBehaviour(Map.of("M.05", 4), TARGETS, KABID, DUE, 60, NOW);

        assertThat(rating.observedLevels()).containsExactlyEntriesOf(Map.of("M.05", 4));
        assertThat(rating.supervisorNip()).isEqualTo(KABID);
    }

    @Test
    void a_level_off_the_scale_or_a_competency_the_program_does_not_develop_is_refused() {
        assertThatThrownBy(() -> file.rateBehaviour(Map.of("M.05", 6), TARGETS, KABID, DUE, 60, NOW))
                .extracting(e -> ((InvalidValueException) e).field()).isEqualTo("observedLevels.M.05");
        assertThatThrownBy(() -> file.rateBehaviour(Map.of("M.05", 0), TARGETS, KABID, DUE, 60, NOW))
                .extracting(e -> ((InvalidValueException) e).field()).isEqualTo("observedLevels.M.05");
        assertThatThrownBy(() -> file.rateBehaviour(Map.of("M.01", 3), TARGETS, KABID, DUE, 60, NOW))
                .extracting(e -> ((InvalidValueException) e).field()).isEqualTo("observedLevels.M.01");
    }

    @Test
    void before_the_due_date_after_expiry_twice_or_without_completion_there_is_nothing_to_rate() {
        Evaluation rated = new Evaluation(file.id(), file.agencyCode(), file.enrollmentId(), file.programId(),
                file.nip(), file.competencyCode(), file.jpEarned(), file.completedOn(), file.behaviourCheckDue(),
                file.status(), file.outcome(), file.learning(), false, null,
                BehaviourRating.of(Map.of("M.05", 3), KABID, NOW));

        assertThatThrownBy(() -> file.rateBehaviour(Map.of("M.05", 4), TARGETS, KABID, DUE.minusDays(1), 60, NOW))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("2026-08-08 to 2026-10-07");
        assertThatThrownBy(() -> file.rateBehaviour(Map.of("M.05", 4), TARGETS, KABID, DUE.plusDays(61), 60, NOW))
                .isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> rated.rateBehaviour(Map.of("M.05", 4), TARGETS, KABID, DUE, 60, NOW))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("already");
        assertThatThrownBy(() -> EvaluationBuilder.notCompleted("198503152010011002")
                .rateBehaviour(Map.of("M.05", 4), TARGETS, KABID, DUE, 60, NOW))
                .isInstanceOf(RuleViolationException.class);
    }

    @Test
    void every_competency_of_the_program_is_rated_and_those_below_target_are_low_transfer() {
        List<TargetLevel> targets = List.of(new TargetLevel("M.05", 3), new TargetLevel("M.03", 4),
                new TargetLevel("T.KES.01", 0));

        assertThatThrownBy(() -> file.rateBehaviour(Map.of("M.05", 3), targets, KABID, DUE, 60, NOW))
                .extracting(e -> ((InvalidValueException) e).field()).isEqualTo("observedLevels.M.03");
        BehaviourRating rating = file.rateBehaviour(Map.of("M.05", 3, "M.03", 3, "T.KES.01", 1), targets, KABID,
                DUE, 60, NOW);

        // M.05 at its target 3: applied. M.03 at 3 of 4: low transfer. T.KES.01 has no target: nothing to compare.
        assertThat(Evaluation.belowTarget(rating, targets)).containsExactly("M.03");
    }
}
