package id.latih.evaluations.adapter.in.web;

import id.latih.evaluations.domain.Evaluation;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/**
 * An evaluation as the API shows it; only callers who may read the employee receive it.
 *
 * @param normalizedGain     Hake's g for this participant; null without both tests or with a pre-test of 100
 * @param reactionAnsweredAt when the participant answered the reaction questionnaire; what they answered is shown
 *                           to the organiser only, pooled and unnamed, so that it can be candid
 * @param reactionQuestionnaireVersion the questionnaire version answered (0: the default form); null until answered
 * @param observedLevels     the supervisor's on-the-job rating per competency; null until rated
 */
record EvaluationView(String id, String agencyCode, String enrollmentId, String programId, String nip,
                      String competencyCode, int jpEarned, LocalDate completedOn, LocalDate behaviourCheckDue,
                      String status, String outcome, Integer preTest, Integer postTest, Double normalizedGain,
                      boolean followUpRecommended, Instant reactionAnsweredAt,
                      Integer reactionQuestionnaireVersion, Map<String, Integer> observedLevels) {

    static EvaluationView of(Evaluation e) {
        return new EvaluationView(e.id(), e.agencyCode(), e.enrollmentId(), e.programId(), e.nip(),
                e.competencyCode(), e.jpEarned(), e.completedOn(), e.behaviourCheckDue(), e.status().name(),
                e.outcome().name(), e.learning().preTest(), e.learning().postTest(), e.normalizedGain().orElse(null),
                e.followUpRecommended(), e.reaction() == null ? null : e.reaction().answeredAt(),
                e.reaction() == null ? null : e.reaction().questionnaireVersion(),
                e.behaviour() == null ? null : e.behaviour().observedLevels());
    }
}
