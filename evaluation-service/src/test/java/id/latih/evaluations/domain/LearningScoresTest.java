package id.latih.evaluations.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import id.latih.platform.domain.InvalidValueException;
import org.junit.jupiter.api.Test;

class LearningScoresTest {

    @Test
    void gain_is_the_share_of_what_was_left_to_learn() {
        // (70 - 40) / (100 - 40) = 30 / 60
        assertThat(new LearningScores(40, 70).normalizedGain()).hasValueSatisfying(g -> assertThat(g)
                .isCloseTo(0.5, within(1e-9)));
        // (100 - 0) / (100 - 0)
        assertThat(new LearningScores(0, 100).normalizedGain()).contains(1.0);
        // (55 - 50) / (100 - 50) = 5 / 50
        assertThat(new LearningScores(50, 55).normalizedGain()).hasValueSatisfying(g -> assertThat(g)
                .isCloseTo(0.1, within(1e-9)));
    }

    @Test
    void a_post_test_below_the_pre_test_gives_a_negative_gain() {
        // (60 - 80) / (100 - 80) = -20 / 20
        assertThat(new LearningScores(80, 60).normalizedGain()).contains(-1.0);
    }

    @Test
    void a_pre_test_of_100_leaves_the_gain_undefined_whatever_the_post_test() {
        assertThat(new LearningScores(100, 100).normalizedGain()).isEmpty();
        assertThat(new LearningScores(100, 90).normalizedGain()).isEmpty();
    }

    @Test
    void a_missing_test_leaves_the_gain_undefined() {
        assertThat(new LearningScores(40, null).normalizedGain()).isEmpty();
        assertThat(new LearningScores(null, 90).normalizedGain()).isEmpty();
        assertThat(LearningScores.NONE.complete()).isFalse();
    }

    @Test
    void scores_outside_0_to_100_are_refused_naming_the_test() {
        assertThatThrownBy(() -> new LearningScores(-1, 50)).isInstanceOf(InvalidValueException.class)
                .extracting(e -> ((InvalidValueException) e).field()).isEqualTo("preTest");
        assertThatThrownBy(() -> new LearningScores(50, 101)).isInstanceOf(InvalidValueException.class)
                .extracting(e -> ((InvalidValueException) e).field()).isEqualTo("postTest");
    }

    @Test
    void bands_are_hakes_with_the_boundaries_counted_as_medium() {
        GainBands hake = new GainBands(0.3, 0.7);

        assertThat(hake.bandOf(0.29)).isEqualTo(GainBand.LOW);
        assertThat(hake.bandOf(-1.0)).isEqualTo(GainBand.LOW);
        assertThat(hake.bandOf(0.3)).isEqualTo(GainBand.MEDIUM);
        assertThat(hake.bandOf(0.7)).isEqualTo(GainBand.MEDIUM);
        assertThat(hake.bandOf(0.71)).isEqualTo(GainBand.HIGH);
    }

    @Test
    void an_organiser_may_set_its_own_bands_but_not_a_low_band_above_the_high_one() {
        assertThat(new GainBands(0.4, 0.8).bandOf(0.35)).isEqualTo(GainBand.LOW);
        assertThatThrownBy(() -> new GainBands(0.8, 0.4)).isInstanceOf(InvalidValueException.class);
    }
}
