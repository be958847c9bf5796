package id.latih.needs.adapter.out.mongo;

import id.latih.needs.domain.IkmElement;
import id.latih.needs.domain.IkmGrade;
import id.latih.needs.domain.IkmScore;
import id.latih.needs.domain.SatisfactionSurvey;
import id.latih.platform.outbox.PendingEvent;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A scored survey as stored, with its unpublished event. The score is kept as computed when recorded, so a later
 * change of the IKM settings does not silently rewrite a published index.
 */
@Document(SatisfactionSurveyDocument.COLLECTION)
record SatisfactionSurveyDocument(@Id String id, String agencyCode, String serviceUnit, String serviceUnitName,
                                  String period, int respondents, List<Long> elementTotals,
                                  Map<IkmElement, Double> elementMeans, double ikm, IkmGrade grade,
                                  List<IkmScore.WeakElement> weakElements, List<PendingEvent> pendingEvents) {

    static final String COLLECTION = "satisfaction_surveys";

    static SatisfactionSurveyDocument of(SatisfactionSurvey s, List<PendingEvent> pending) {
        IkmScore score = s.score();
        return new SatisfactionSurveyDocument(s.id(), s.agencyCode(), s.serviceUnit(), s.serviceUnitName(),
                s.period(), s.respondents(), s.elementTotals(), new EnumMap<>(score.elementMeans()), score.ikm(),
                score.grade(), score.weakElements(), pending);
    }

    SatisfactionSurvey toSurvey() {
        return new SatisfactionSurvey(id, agencyCode, serviceUnit, serviceUnitName, period, respondents,
                elementTotals, new IkmScore(elementMeans, ikm, grade, weakElements == null ? List.of() : weakElements));
    }
}
