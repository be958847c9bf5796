package id.latih.evaluations.domain;

import id.latih.events.TrainingCompleted;
import java.time.LocalDate;

/**
 * The evaluation of one employee's completed training: reaction and learning now, behaviour on the job when the
 * follow-up falls due (typically 3-6 months later, checked by the supervisor).
 */
public record Evaluation(String id, String agencyCode, String enrollmentId, String programId, String nip,
                         String competencyCode, int jpEarned, LocalDate completedOn, LocalDate behaviourCheckDue,
                         EvaluationStatus status) {

    public static String idFor(String enrollmentId) {
        return "EV-" + enrollmentId;
    }

    public static Evaluation openFor(TrainingCompleted training, int followUpMonths) {
        return new Evaluation(idFor(training.enrollmentId()), training.agencyCode(), training.enrollmentId(),
                training.programId(), training.nip(), training.competencyCode(), training.jpEarned(),
                training.completedOn(), training.completedOn().plusMonths(followUpMonths), EvaluationStatus.OPEN);
    }
}
