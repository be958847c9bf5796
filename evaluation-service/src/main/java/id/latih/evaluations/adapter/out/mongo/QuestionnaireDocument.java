package id.latih.evaluations.adapter.out.mongo;

import id.latih.evaluations.domain.Questionnaire;
import id.latih.evaluations.domain.QuestionnaireItem;
import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** One published version of an organiser's questionnaire; the id {@code <agency>/<version>} makes each version once. */
@Document(QuestionnaireDocument.COLLECTION)
record QuestionnaireDocument(@Id String id, String agencyCode, int version, List<QuestionnaireItem> items,
                             int scaleMax, int commentMaxLength, Instant publishedAt) {

    static final String COLLECTION = "questionnaires";

    static QuestionnaireDocument of(String agencyCode, Questionnaire q, Instant publishedAt) {
        return new QuestionnaireDocument(agencyCode + "/" + q.version(), agencyCode, q.version(), q.items(),
                q.scaleMax(), q.commentMaxLength(), publishedAt);
    }

    Questionnaire toQuestionnaire() {
        return new Questionnaire(version, items, scaleMax, commentMaxLength);
    }
}
