package id.latih.evaluations.domain;

/** How the participation that opened an evaluation ended. */
public enum TrainingOutcome {
    COMPLETED,
    /** Ended without completion (e.g. attendance too low): tests may still be recorded, no JP, no behaviour check. */
    NOT_COMPLETED
}
