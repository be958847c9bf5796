package id.latih.evaluations.adapter.out.mongo;

import id.latih.evaluations.domain.Evaluation;
import id.latih.evaluations.domain.EvaluationStatus;
import java.time.LocalDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

@Document(EvaluationDocument.COLLECTION)
record EvaluationDocument(@Id String id, String agencyCode, String enrollmentId, String programId, String nip,
                          String competencyCode, int jpEarned, LocalDate completedOn, LocalDate behaviourCheckDue,
                          EvaluationStatus status) {

    static final String COLLECTION = "evaluations";

    Evaluation toEvaluation() {
        return new Evaluation(id, agencyCode, enrollmentId, programId, nip, competencyCode, jpEarned, completedOn,
                behaviourCheckDue, status);
    }
}
