package id.latih.evaluations.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class EvaluationTest {

    private static final GainBands HAKE = new GainBands(0.3, 0.7);

    @Test
    void a_low_gain_recommends_a_follow_up_for_the_participant() {
        Evaluation file = EvaluationBuilder.completed("198503152010011001", null, null);

        // (55 - 50) / 50 = 0.1 < 0.3
        assertThat(file.followUpAfter(new LearningScores(50, 55), HAKE)).hasValueSatisfying(f -> {
            assertThat(f.reason()).isEqualTo(Evaluation.LOW_GAIN);
            assertThat(f.normalizedGain()).isCloseTo(0.1, within(1e-9));
        });
    }

    @Test
    void a_medium_gain_an_undefined_gain_or_a_missing_post_test_recommends_nothing() {
        Evaluation file = EvaluationBuilder.completed("198503152010011001", null, null);

        assertThat(file.followUpAfter(new LearningScores(40, 58), HAKE)).isEmpty(); // 18 / 60 = 0.3
        assertThat(file.followUpAfter(new LearningScores(100, 60), HAKE)).isEmpty();
        assertThat(file.followUpAfter(new LearningScores(50, null), HAKE)).isEmpty();
    }

    @Test
    void a_follow_up_is_recommended_once_per_file() {
        Evaluation recommended = EvaluationBuilder.withScores(
                EvaluationBuilder.completed("198503152010011001", null, null), new LearningScores(50, 55), true);

        assertThat(recommended.followUpAfter(new LearningScores(50, 52), HAKE)).isEmpty();
    }

    @Test
    void a_participation_ended_without_completion_has_no_hours_and_no_behaviour_check() {
        Evaluation file = EvaluationBuilder.notCompleted("198503152010011001");

        assertThat(file.outcome()).isEqualTo(TrainingOutcome.NOT_COMPLETED);
        assertThat(file.jpEarned()).isZero();
        assertThat(file.behaviourCheckDue()).isNull();
    }
}
