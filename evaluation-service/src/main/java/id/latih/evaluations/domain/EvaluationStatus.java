package id.latih.evaluations.domain;

/** OPEN: waiting for reaction and learning results; the later levels follow. */
public enum EvaluationStatus {
    OPEN,
    COMPLETED
}
