package id.latih.evaluations.application;

import id.latih.evaluations.domain.MonetaryBenefits;
import id.latih.events.EvaluationCompleted;
import java.time.Instant;
import java.util.Optional;

/** What organisers entered and decided about their programs' evaluations, one record per program. */
public interface ProgramResults {

    Optional<MonetaryBenefits> benefitsOf(String programId);

    /** When the organiser closed the program's evaluation; empty while it is open. */
    Optional<Instant> evaluationCompletedAt(String programId);

    /** Stores the benefits, replacing an earlier estimate. */
    void enterBenefits(String programId, String organiserAgencyCode, MonetaryBenefits benefits);

    /** Closes the evaluation with its event in the same write; returns false if it was closed already. */
    boolean completeEvaluation(String programId, EvaluationCompleted completed);
}
