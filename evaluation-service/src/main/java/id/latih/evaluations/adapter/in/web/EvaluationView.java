package id.latih.evaluations.adapter.in.web;

import id.latih.evaluations.domain.Evaluation;
import java.time.LocalDate;

/** An evaluation as the API shows it; only callers who may read the employee receive it. */
record EvaluationView(String id, String agencyCode, String enrollmentId, String programId, String nip,
                      String competencyCode, int jpEarned, LocalDate completedOn, LocalDate behaviourCheckDue,
                      String status) {

    static EvaluationView of(Evaluation e) {
        return new EvaluationView(e.id(), e.agencyCode(), e.enrollmentId(), e.programId(), e.nip(),
                e.competencyCode(), e.jpEarned(), e.completedOn(), e.behaviourCheckDue(), e.status().name());
    }
}
