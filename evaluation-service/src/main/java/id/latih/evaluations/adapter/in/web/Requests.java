package id.latih.evaluations.adapter.in.web;

import id.latih.evaluations.application.LearningEntry;
import id.latih.evaluations.domain.LearningScores;
import id.latih.platform.input.TextLimits;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

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

    /** A score left out keeps the one recorded before. */
    record Score(@NotBlank @Size(max = TextLimits.NIP) String nip,
                 @Min(0) @Max(LearningScores.MAX_SCORE) Integer preTest,
                 @Min(0) @Max(LearningScores.MAX_SCORE) Integer postTest) {
    }
}
