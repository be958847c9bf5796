package id.latih.evaluations.domain;

import static id.latih.evaluations.domain.ReactionAspect.FACILITATOR;
import static id.latih.evaluations.domain.ReactionAspect.MATERIAL;
import static id.latih.evaluations.domain.ReactionAspect.RELEVANCE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.within;

import id.latih.platform.domain.InvalidValueException;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Organisers' own questionnaires: versions with their own items and scales, read together in one report. */
class QuestionnaireTest {

    private static final Instant NOW = Instant.parse("2026-05-10T03:00:00Z");
    private static final Questionnaire V1 = new Questionnaire(1, List.of(
            new QuestionnaireItem("R1", RELEVANCE, "Materi relevan dengan tugas saya"),
            new QuestionnaireItem("M1", MATERIAL, "Materi mudah dipahami")), 4, 200);
    private static final Questionnaire V2 = new Questionnaire(2, List.of(
            new QuestionnaireItem("R2", RELEVANCE, "Materi dapat langsung diterapkan"),
            new QuestionnaireItem("F1", FACILITATOR, "Fasilitator menguasai materi"),
            new QuestionnaireItem("F2", FACILITATOR, "Fasilitator memberi kesempatan bertanya")), 5, 0);

    @Test
    void answers_to_two_versions_on_different_scales_are_compared_as_a_percentage_of_their_top() {
        // A (v1, 1-4): 4, 3 -> mean 3.5 = 87.5 %. B (v2, 1-5): 5, 4, 3 -> mean 4 = 80 %. Percent of top: 83.75.
        // Aspects: relevance 4/4 and 5/5 -> 100; material 3/4 -> 75; facilitator 4/5 and 3/5 -> 70.
        Evaluation a = answered(V1.answer(Map.of("R1", 4, "M1", 3), "Bagus", NOW));
        Evaluation b = answered(V2.answer(Map.of("R2", 5, "F1", 4, "F2", 3), null, NOW));

        ReactionReport report = ReactionReport.of(List.of(a, b), V2, Map.of(1, V1, 2, V2));

        assertThat(report.percentOfTop()).isCloseTo(83.75, within(1e-9));
        assertThat(report.index()).as("no single scale").isNull();
        assertThat(report.aspectPercents()).containsOnly(entry(RELEVANCE, 100.0), entry(MATERIAL, 75.0),
                entry(FACILITATOR, 70.0));
        assertThat(report.itemMeans()).containsExactly(entry("R2", 5.0), entry("F1", 4.0), entry("F2", 3.0),
                entry("M1", 3.0), entry("R1", 4.0));
        assertThat(report.versions()).containsExactly(1, 2);
        assertThat(a.reaction().questionnaireVersion()).isEqualTo(1);
        assertThat(a.reaction().scaleMax()).isEqualTo(4);
    }

    @Test
    void an_answer_stored_before_versions_counts_on_the_default_scale() {
        // Stored with version 0 and no scale: 4 and 3 on the default 1-5 -> 70 %.
        Evaluation legacy = answered(new Reaction(Map.of("RELEVANCE", 4, "MATERIAL", 3), null, NOW, 0, 0));
        Questionnaire standard = Questionnaire.standard(List.of("RELEVANCE", "MATERIAL"), 5, 2000);

        ReactionReport report = ReactionReport.of(List.of(legacy), standard);

        assertThat(report.percentOfTop()).isCloseTo(70.0, within(1e-9));
        assertThat(report.index()).isEqualTo(3.5);
        assertThat(report.scaleMax()).isEqualTo(5);
    }

    @Test
    void a_comment_beyond_the_forms_bound_or_one_the_form_does_not_ask_for_is_refused() {
        assertThatThrownBy(() -> V1.answer(Map.of("R1", 4, "M1", 3), "x".repeat(201), NOW))
                .extracting(e -> ((InvalidValueException) e).field()).isEqualTo("comments");
        assertThatThrownBy(() -> V2.answer(Map.of("R2", 5, "F1", 4, "F2", 3), "Bagus", NOW))
                .extracting(e -> ((InvalidValueException) e).field()).isEqualTo("comments");
        assertThat(V1.answer(Map.of("R1", 4, "M1", 3), "x".repeat(200), NOW).comments()).hasSize(200);
    }

    @Test
    void a_rating_off_the_versions_scale_is_refused() {
        assertThatThrownBy(() -> V1.answer(Map.of("R1", 5, "M1", 3), null, NOW))
                .extracting(e -> ((InvalidValueException) e).field()).isEqualTo("ratings.R1");
    }

    @Test
    void a_form_needs_a_scale_of_4_or_5_and_unique_plain_codes_within_30_items() {
        List<QuestionnaireItem> one = List.of(new QuestionnaireItem("R1", RELEVANCE, "Relevan"));

        assertThat(field(() -> new Questionnaire(1, one, 3, 0))).isEqualTo("scaleMax");
        assertThat(field(() -> new Questionnaire(1, List.of(one.get(0), one.get(0)), 5, 0))).isEqualTo("items[1].code");
        assertThat(field(() -> new Questionnaire(1, List.of(new QuestionnaireItem("R.1", RELEVANCE, "x")), 5, 0)))
                .isEqualTo("items[0].code");
        assertThat(field(() -> new Questionnaire(1, List.of(new QuestionnaireItem("R1", null, "x")), 5, 0)))
                .isEqualTo("items[0].aspect");
        assertThat(field(() -> new Questionnaire(1, Collections.nCopies(31, one.get(0)), 5, 0))).isEqualTo("items");
        assertThat(field(() -> Questionnaire.standard(List.of("CATERING"), 5, 0))).isEqualTo("reactionItems");
    }

    @Test
    void items_are_grouped_by_aspect_in_the_aspects_order() {
        Questionnaire mixed = new Questionnaire(3, List.of(new QuestionnaireItem("F1", FACILITATOR, "a"),
                new QuestionnaireItem("R1", RELEVANCE, "b"), new QuestionnaireItem("F2", FACILITATOR, "c")), 5, 0);

        assertThat(mixed.byAspect().keySet()).containsExactly(RELEVANCE, FACILITATOR);
        assertThat(mixed.byAspect().get(FACILITATOR)).extracting(QuestionnaireItem::code).containsExactly("F1", "F2");
    }

    private static String field(Runnable invalid) {
        try {
            invalid.run();
        } catch (InvalidValueException e) {
            return e.field();
        }
        throw new AssertionError("accepted");
    }

    private static int sequence;

    private static Evaluation answered(Reaction reaction) {
        Evaluation file = EvaluationBuilder.completed(String.format("1985031520100121%02d", sequence++), null, null);
        return new Evaluation(file.id(), file.agencyCode(), file.enrollmentId(), file.programId(), file.nip(),
                file.competencyCode(), file.jpEarned(), file.completedOn(), file.behaviourCheckDue(), file.status(),
                file.outcome(), file.learning(), false, reaction, null);
    }
}
