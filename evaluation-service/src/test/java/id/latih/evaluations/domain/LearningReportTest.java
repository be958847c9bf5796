package id.latih.evaluations.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LearningReportTest {

    private static final GainBands HAKE = new GainBands(0.3, 0.7);

    @Test
    void class_gain_on_the_means_and_the_average_of_individual_gains_are_different_numbers() {
        // A: (60 - 20) / 80 = 0.5; B: (85 - 80) / 20 = 0.25; average 0.375.
        // Class: mean pre 50, mean post 72.5: (72.5 - 50) / 50 = 0.45.
        LearningReport report = LearningReport.of(aClass().with(20, 60).with(80, 85).files(), HAKE);

        assertThat(report.meanPreTest()).isEqualTo(50.0);
        assertThat(report.meanPostTest()).isEqualTo(72.5);
        assertThat(report.classGain()).isCloseTo(0.45, within(1e-9));
        assertThat(report.classGainBand()).isEqualTo(GainBand.MEDIUM);
        assertThat(report.averageIndividualGain()).isCloseTo(0.375, within(1e-9));
        assertThat(report.distribution()).isEqualTo(Map.of(GainBand.LOW, 1, GainBand.MEDIUM, 1, GainBand.HIGH, 0));
        assertThat(report.responseRate()).isEqualTo(1.0);
        assertThat(report.maxScore()).isEqualTo(100);
    }

    @Test
    void a_missing_post_test_counts_as_no_response_and_stays_out_of_the_gains() {
        // Only the pair 40 -> 70 counts: g = 0.5 both ways; the 90 pre-test alone would otherwise lift the mean.
        LearningReport report = LearningReport.of(aClass().with(40, 70).with(90, null).files(), HAKE);

        assertThat(report.withPreTest()).isEqualTo(2);
        assertThat(report.withPostTest()).isEqualTo(1);
        assertThat(report.matchedPairs()).isEqualTo(1);
        assertThat(report.responseRate()).isEqualTo(0.5);
        assertThat(report.classGain()).isCloseTo(0.5, within(1e-9));
        assertThat(report.averageIndividualGain()).isCloseTo(0.5, within(1e-9));
    }

    @Test
    void a_pre_test_of_100_is_counted_as_undefined_but_still_in_the_class_means() {
        // Pairs 100 -> 100 and 40 -> 70. Individual: undefined and 0.5. Class: pre 70, post 85: 15 / 30 = 0.5.
        LearningReport report = LearningReport.of(aClass().with(100, 100).with(40, 70).files(), HAKE);

        assertThat(report.undefinedGains()).isEqualTo(1);
        assertThat(report.averageIndividualGain()).isCloseTo(0.5, within(1e-9));
        assertThat(report.classGain()).isCloseTo(0.5, within(1e-9));
        assertThat(report.distribution().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(1);
    }

    @Test
    void a_class_that_all_scored_100_before_has_no_gain_at_all() {
        LearningReport report = LearningReport.of(aClass().with(100, 100).with(100, 95).files(), HAKE);

        assertThat(report.classGain()).isNull();
        assertThat(report.classGainBand()).isNull();
        assertThat(report.averageIndividualGain()).isNull();
        assertThat(report.undefinedGains()).isEqualTo(2);
    }

    @Test
    void no_responses_give_a_report_of_counts_and_no_gains() {
        LearningReport report = LearningReport.of(aClass().with(null, null).with(null, null).files(), HAKE);

        assertThat(report.participants()).isEqualTo(2);
        assertThat(report.matchedPairs()).isZero();
        assertThat(report.responseRate()).isEqualTo(0.0);
        assertThat(report.meanPreTest()).isNull();
        assertThat(report.classGain()).isNull();
        assertThat(report.averageIndividualGain()).isNull();
        assertThat(report.distribution()).isEqualTo(Map.of(GainBand.LOW, 0, GainBand.MEDIUM, 0, GainBand.HIGH, 0));
    }

    @Test
    void a_program_without_participants_has_no_response_rate() {
        LearningReport report = LearningReport.of(List.of(), HAKE);

        assertThat(report.participants()).isZero();
        assertThat(report.responseRate()).isNull();
    }

    @Test
    void one_participant_gives_the_same_class_and_individual_gain() {
        // (76 - 20) / 80 = 0.7: the boundary, medium.
        LearningReport report = LearningReport.of(aClass().with(20, 76).files(), HAKE);

        assertThat(report.classGain()).isCloseTo(0.7, within(1e-9));
        assertThat(report.averageIndividualGain()).isCloseTo(report.classGain(), within(1e-12));
        assertThat(report.classGainBand()).isEqualTo(GainBand.MEDIUM);
    }

    @Test
    void participations_that_ended_without_completion_are_counted_apart() {
        List<Evaluation> files = aClass().with(40, 70).files();
        List<Evaluation> all = new ArrayList<>(files);
        all.add(EvaluationBuilder.notCompleted("198503152010011009"));

        LearningReport report = LearningReport.of(all, HAKE);

        assertThat(report.participants()).isEqualTo(2);
        assertThat(report.notCompleted()).isEqualTo(1);
    }

    private static EvaluationBuilder.Class aClass() {
        return new EvaluationBuilder.Class();
    }
}
