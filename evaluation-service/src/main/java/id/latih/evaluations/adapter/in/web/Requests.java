package id.latih.evaluations.adapter.in.web;

import id.latih.evaluations.application.LearningEntry;
import id.latih.evaluations.domain.LearningScores;
import id.latih.platform.input.TextLimits;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;

/**
 * Request bodies of the evaluation API. Shape and size are checked here (text rules and strict JSON by the chassis);
 * who may enter what, and that each NIP is a participant, in the use cases.
 */
final class Requests {

    /** Lines one score sheet may have: a large class, or several classes of one program, well within body limits. */
    static final int MAX_SCORES_PER_SHEET = 500;

    private Requests() {
    }

    record LearningSheet(@NotNull @Size(min = 1, max = MAX_SCORES_PER_SHEET) List<@NotNull @Valid Score> scores) {

        List<LearningEntry> entries() {
            return scores.stream().map(s -> new LearningEntry(s.nip(), s.preTest(), s.postTest())).toList();
        }
    }

    /** Characters a reaction comment may have: a few paragraphs. */
    static final int COMMENT = 2000;

    /** Items rated in one answer: more than any questionnaire has. */
    static final int MAX_ITEMS = 30;

    record ReactionAnswer(@NotNull @Size(min = 1, max = MAX_ITEMS)
                          Map<@NotBlank @Size(max = TextLimits.LABEL) String, @NotNull Integer> ratings,
                          @Size(max = COMMENT) String comments) {
    }

    /** Competencies one program develops, rated in one check: more than any program has. */
    static final int MAX_COMPETENCIES = 20;

    record BehaviourRating(@NotNull @Size(min = 1, max = MAX_COMPETENCIES)
                           Map<@NotBlank @Size(max = TextLimits.CODE) String, @NotNull Integer> observedLevels) {
    }

    /** Rupiah a program's benefits may be estimated at: far beyond any training budget, well within a long. */
    static final long MAX_RUPIAH = 1_000_000_000_000_000L;

    record Benefits(@NotNull @PositiveOrZero @Max(MAX_RUPIAH) Long monetaryBenefits,
                    @Size(max = COMMENT) String basis) {
    }

    /** A score left out keeps the one recorded before. */
    record Score(@NotBlank @Size(max = TextLimits.NIP) String nip,
                 @Min(0) @Max(LearningScores.MAX_SCORE) Integer preTest,
                 @Min(0) @Max(LearningScores.MAX_SCORE) Integer postTest) {
    }
}
