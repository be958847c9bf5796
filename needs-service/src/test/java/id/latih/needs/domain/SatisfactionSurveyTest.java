package id.latih.needs.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.latih.events.ServiceSatisfactionMeasured;
import id.latih.platform.domain.InvalidValueException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SatisfactionSurveyTest {

    private static final IkmRules RULES = new IkmRules(IkmRules.Weight.REGULATION, IkmRules.Rounding.FINAL, 76.61,
            Map.of(IkmElement.U7, List.of("M.03")));

    private static SatisfactionSurvey survey(List<List<Integer>> responses) {
        return SatisfactionSurvey.score("3273.DINKES", "PKM-GARUDA", "Puskesmas Garuda", "2026-S1", responses, RULES);
    }

    private static List<Integer> answers(Integer... answers) {
        return new ArrayList<>(Arrays.asList(answers));
    }

    @Test
    void answers_are_summed_per_element_and_announced_with_means_and_weak_elements() {
        SatisfactionSurvey survey = survey(List.of(answers(4, 4, 3, 3, 4, 3, 2, 3, 3),
                answers(3, 4, 3, 2, 4, 3, 2, 3, 4)));

        ServiceSatisfactionMeasured measured = survey.measured(Instant.parse("2026-07-01T00:00:00Z"));

        assertThat(survey.id()).isEqualTo("IKM-3273.DINKES-PKM-GARUDA-2026-S1");
        assertThat(survey.elementTotals()).containsExactly(7L, 8L, 6L, 5L, 8L, 6L, 4L, 6L, 7L);
        assertThat(measured.ikm()).isEqualTo(79.09);
        assertThat(measured.grade()).isEqualTo("B");
        assertThat(measured.respondents()).isEqualTo(2);
        assertThat(measured.elementMeans()).containsEntry("U7", 2.0).hasSize(9);
        assertThat(measured.weakElements()).containsExactly("U3", "U4", "U6", "U7", "U8");
        assertThat(measured.aggregateId()).isEqualTo(survey.id());
    }

    @Test
    void an_answer_outside_1_to_4_is_refused_naming_the_respondent_and_element() {
        assertThatThrownBy(() -> survey(List.of(answers(4, 4, 4, 4, 4, 4, 4, 4, 4),
                answers(4, 4, 4, 4, 4, 4, 5, 4, 4))))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.field()).isEqualTo("responses[1][6]"))
                .hasMessageContaining("U7").hasMessageContaining("was 5");
        assertThatThrownBy(() -> survey(List.of(answers(0, 4, 4, 4, 4, 4, 4, 4, 4))))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.field()).isEqualTo("responses[0][0]"));
        assertThatThrownBy(() -> survey(List.of(answers(4, 4, null, 4, 4, 4, 4, 4, 4))))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.field()).isEqualTo("responses[0][2]"));
    }

    @Test
    void a_respondent_without_exactly_nine_answers_is_refused_naming_the_row() {
        assertThatThrownBy(() -> survey(List.of(answers(4, 4, 4, 4, 4, 4, 4, 4, 4), answers(4, 4, 4, 4, 4, 4, 4, 4))))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.field()).isEqualTo("responses[1]"));
    }

    @Test
    void a_survey_without_respondents_is_refused() {
        assertThatThrownBy(() -> survey(List.of()))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.field()).isEqualTo("responses"));
    }
}
