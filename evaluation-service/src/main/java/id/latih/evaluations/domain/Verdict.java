package id.latih.evaluations.domain;

/** The program's overall verdict when its evaluation closes. */
public enum Verdict {
    /** Every level with figures met its threshold. */
    EFFECTIVE,
    /** Some did, some did not. */
    PARTLY_EFFECTIVE,
    /** None did. */
    NOT_EFFECTIVE,
    /** No level had figures to judge by (no responses, no scores, no ratings). */
    INCONCLUSIVE
}
