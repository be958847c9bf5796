package id.latih.evaluations.application;

import id.latih.platform.domain.InvalidValueException;
import java.util.Arrays;

/** The orders an evaluation list comes in; each has an index that starts with the agency. */
public enum EvaluationOrder {
    /** The latest completions first: what a training officer follows up now. Files without completion come last. */
    LATEST_COMPLETION_FIRST,
    /** By program, then participant: a class's files together. */
    BY_PROGRAM,
    /** By participant, latest completion first: one person's history together. */
    BY_EMPLOYEE;

    public static EvaluationOrder parse(String value) {
        return Arrays.stream(values()).filter(o -> o.name().equals(value)).findFirst()
                .orElseThrow(() -> new InvalidValueException("order", "must be one of " + Arrays.toString(values())));
    }
}
