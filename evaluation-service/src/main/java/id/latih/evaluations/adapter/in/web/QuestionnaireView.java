package id.latih.evaluations.adapter.in.web;

import id.latih.evaluations.domain.Questionnaire;
import id.latih.evaluations.domain.ReactionAspect;
import java.util.List;

/**
 * A reaction questionnaire as a participant fills it in: its items under the five aspects, the scale 1 to
 * {@code scaleMax}, the comment's bound (0: no comment asked). Version 0 is the service's default form.
 */
record QuestionnaireView(int version, int scaleMax, int commentMaxLength, List<Aspect> aspects) {

    /** The items of one aspect. */
    record Aspect(ReactionAspect aspect, List<Item> items) {
    }

    /** One statement to rate, by its code. */
    record Item(String code, String text) {
    }

    static QuestionnaireView of(Questionnaire q) {
        return new QuestionnaireView(q.version(), q.scaleMax(), q.commentMaxLength(), q.byAspect().entrySet().stream()
                .map(e -> new Aspect(e.getKey(), e.getValue().stream().map(i -> new Item(i.code(), i.text()))
                        .toList())).toList());
    }
}
