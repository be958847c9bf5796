package id.latih.evaluations.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import id.latih.platform.domain.InvalidValueException;
import id.latih.platform.domain.RuleViolationException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReactionTest {

    private static final Questionnaire FORM = Questionnaire.standard(
            List.of("RELEVANCE", "MATERIAL", "FACILITATOR", "ORGANISATION", "FACILITIES"), 5, 2000);
    private static final LocalDate COMPLETED_ON = LocalDate.of(2026, 5, 8);
    private static final Instant NOW = Instant.parse("2026-05-10T03:00:00Z");

    @Test
    void the_index_is_the_mean_of_each_respondents_mean_and_items_are_averaged_apart() {
        // A: 5,4,4,3,4 -> 4.0; B: 2,3,3,2,5 -> 3.0; index 3.5. Not invited: the participant who did not complete.
        List<Evaluation> files = List.of(answered(5, 4, 4, 3, 4, "Materi sangat relevan"), answered(2, 3, 3, 2, 5, " "),
                EvaluationBuilder.completed("198503152010011003", null, null),
                EvaluationBuilder.notCompleted("198503152010011004"));

        ReactionReport report = ReactionReport.of(files, FORM);

        assertThat(report.invited()).isEqualTo(3);
        assertThat(report.respondents()).isEqualTo(2);
        assertThat(report.responseRate()).isEqualTo(2.0 / 3);
        assertThat(report.index()).isEqualTo(3.5);
        assertThat(report.itemMeans()).containsExactly(entry("RELEVANCE", 3.5), entry("MATERIAL", 3.5),
                entry("FACILITATOR", 3.5), entry("ORGANISATION", 2.5), entry("FACILITIES", 4.5));
        assertThat(report.comments()).containsExactly("Materi sangat relevan");
    }

    @Test
    void no_responses_give_no_index_and_no_participants_no_response_rate() {
        ReactionReport none = ReactionReport.of(List.of(EvaluationBuilder.completed("198503152010011001", null,
                null)), FORM);
        ReactionReport empty = ReactionReport.of(List.of(), FORM);

        assertThat(none.index()).isNull();
        assertThat(none.responseRate()).isEqualTo(0.0);
        assertThat(none.itemMeans()).isEmpty();
        assertThat(empty.responseRate()).isNull();
    }

    @Test
    void every_item_is_rated_on_the_scale_and_no_other_item_is_accepted() {
        Evaluation file = EvaluationBuilder.completed("198503152010011001", null, null);

        assertThatThrownBy(() -> answer(file, Map.of("RELEVANCE", 5), COMPLETED_ON))
                .isInstanceOf(InvalidValueException.class).extracting(e -> ((InvalidValueException) e).field())
                .isEqualTo("ratings.MATERIAL");
        assertThatThrownBy(() -> answer(file, ratings(6, 4, 4, 4, 4), COMPLETED_ON))
                .extracting(e -> ((InvalidValueException) e).field()).isEqualTo("ratings.RELEVANCE");
        assertThatThrownBy(() -> answer(file, ratings(0, 4, 4, 4, 4), COMPLETED_ON))
                .extracting(e -> ((InvalidValueException) e).field()).isEqualTo("ratings.RELEVANCE");
        Map<String, Integer> extra = new java.util.HashMap<>(ratings(4, 4, 4, 4, 4));
        extra.put("CATERING", 5);
        assertThatThrownBy(() -> answer(file, extra, COMPLETED_ON))
                .extracting(e -> ((InvalidValueException) e).field()).isEqualTo("ratings.CATERING");
    }

    @Test
    void the_window_closes_the_given_number_of_days_after_completion() {
        Evaluation file = EvaluationBuilder.completed("198503152010011001", null, null);

        assertThat(answer(file, ratings(4, 4, 4, 4, 4), COMPLETED_ON.plusDays(14)).mean()).isEqualTo(4.0);
        assertThatThrownBy(() -> answer(file, ratings(4, 4, 4, 4, 4), COMPLETED_ON.plusDays(15)))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("2026-05-22");
    }

    @Test
    void someone_who_did_not_complete_or_answered_already_cannot_answer() {
        Evaluation dropped = EvaluationBuilder.notCompleted("198503152010011001");
        Evaluation answeredBefore = answered(4, 4, 4, 4, 4, null);

        assertThatThrownBy(() -> answer(dropped, ratings(4, 4, 4, 4, 4), COMPLETED_ON))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("completed");
        assertThatThrownBy(() -> answer(answeredBefore, ratings(4, 4, 4, 4, 4), COMPLETED_ON))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("already");
    }

    private static Reaction answer(Evaluation file, Map<String, Integer> ratings, LocalDate today) {
        return file.answerReaction(FORM, ratings, null, today, 14, NOW);
    }

    private static Map<String, Integer> ratings(int... r) {
        return Map.of("RELEVANCE", r[0], "MATERIAL", r[1], "FACILITATOR", r[2], "ORGANISATION", r[3],
                "FACILITIES", r[4]);
    }

    private static int sequence;

    private static Evaluation answered(int a, int b, int c, int d, int e, String comments) {
        Evaluation file = EvaluationBuilder.completed(String.format("1985031520100120%02d", sequence++), null, null);
        Reaction reaction = FORM.answer(ratings(a, b, c, d, e), comments, NOW);
        return new Evaluation(file.id(), file.agencyCode(), file.enrollmentId(), file.programId(), file.nip(),
                file.competencyCode(), file.jpEarned(), file.completedOn(), file.behaviourCheckDue(), file.status(),
                file.outcome(), file.learning(), false, reaction, null);
    }
}
