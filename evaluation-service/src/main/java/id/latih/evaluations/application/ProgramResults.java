package id.latih.evaluations.application;

import id.latih.evaluations.domain.MonetaryBenefits;
import id.latih.events.EvaluationCompleted;
import java.time.Instant;
import java.util.Optional;

/** What organisers entered and decided about their programs' evaluations, one record per program. */
public interface ProgramResults {

    Optional<MonetaryBenefits> benefitsOf(String programId);

    /** When and how the program's evaluation was closed; empty while it is open. */
    Optional<Closure> closureOf(String programId);

    /** How a program's evaluation was closed: by its organiser, or by the window's end. */
    enum ClosedBy { ORGANISER, WINDOW_ELAPSED }

    /** When a program's evaluation was closed, and how. */
    record Closure(Instant at, ClosedBy by) {
    }

    /** Stores the benefits, replacing an earlier estimate. */
    void enterBenefits(String programId, String organiserAgencyCode, MonetaryBenefits benefits);

    /** Closes the evaluation with its event in the same write; returns false if it was closed already. */
    boolean completeEvaluation(String programId, EvaluationCompleted completed, ClosedBy by);
}
