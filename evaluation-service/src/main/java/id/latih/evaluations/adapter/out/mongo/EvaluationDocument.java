package id.latih.evaluations.adapter.out.mongo;

import id.latih.evaluations.domain.BehaviourRating;
import id.latih.evaluations.domain.Evaluation;
import id.latih.evaluations.domain.EvaluationStatus;
import id.latih.evaluations.domain.LearningScores;
import id.latih.evaluations.domain.Reaction;
import id.latih.evaluations.domain.TrainingOutcome;
import java.time.LocalDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** Files written before outcomes and tests existed have neither: they were opened by completions, with no scores. */
@Document(EvaluationDocument.COLLECTION)
record EvaluationDocument(@Id String id, String agencyCode, String enrollmentId, String programId, String nip,
                          String competencyCode, int jpEarned, LocalDate completedOn, LocalDate behaviourCheckDue,
                          EvaluationStatus status, TrainingOutcome outcome, Integer preTest, Integer postTest,
                          Boolean followUpRecommended, Reaction reaction, BehaviourRating behaviour) {

    static final String COLLECTION = "evaluations";

    Evaluation toEvaluation() {
        return new Evaluation(id, agencyCode, enrollmentId, programId, nip, competencyCode, jpEarned, completedOn,
                behaviourCheckDue, status, outcome == null ? TrainingOutcome.COMPLETED : outcome,
                new LearningScores(preTest, postTest), Boolean.TRUE.equals(followUpRecommended), reaction,
                behaviour);
    }
}
