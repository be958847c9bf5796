package id.latih.evaluations.adapter.in.web;

import id.latih.evaluations.application.LearningEntry;
import id.latih.evaluations.domain.LearningScores;
import id.latih.evaluations.domain.Questionnaire;
import id.latih.evaluations.domain.QuestionnaireItem;
import id.latih.evaluations.domain.ReactionAspect;
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

    /** {@code questionnaireVersion}: the version the participant was shown; left out, the organiser's current one. */
    record ReactionAnswer(@Min(0) @Max(MAX_VERSION) Integer questionnaireVersion,
                          @NotNull @Size(min = 1, max = MAX_ITEMS)
                          Map<@NotBlank @Size(max = TextLimits.LABEL) String, @NotNull Integer> ratings,
                          @Size(max = COMMENT) String comments) {
    }

    /** Versions one organiser may publish: one a day for decades. */
    static final int MAX_VERSION = 100_000;

    /** A reaction questionnaire: items under the five aspects, the scale's top (4 or 5), the comment's bound. */
    record QuestionnaireForm(@NotNull @Size(min = 1, max = Questionnaire.MAX_ITEMS) List<@NotNull @Valid Item> items,
                             @NotNull Integer scaleMax,
                             @Min(0) @Max(COMMENT) Integer commentMaxLength) {

        List<QuestionnaireItem> domainItems() {
            return items.stream().map(i -> new QuestionnaireItem(i.code(), i.aspect(), i.text().strip())).toList();
        }
    }

    /** One rated statement; {@code aspect} one of RELEVANCE, MATERIAL, FACILITATOR, ORGANISATION, FACILITIES. */
    record Item(@NotBlank @Size(max = Questionnaire.MAX_CODE) String code, @NotNull ReactionAspect aspect,
                @NotBlank @Size(max = TextLimits.TITLE) String text) {
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
