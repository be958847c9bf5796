package id.latih.needs.domain;

import java.util.Arrays;
import java.util.Optional;

/**
 * Who saw the level: an assessment centre, the on-the-job check after a training (Kirkpatrick level 3, reported by
 * evaluation-service), the direct supervisor, a peer (360), or the employee themselves. Stored as
 * the assessment's {@code method}; evidence recorded before sources were checked may carry another word, which no
 * source matches.
 */
public enum AssessmentSource {
    ASSESSMENT_CENTER,
    OBSERVED,
    SUPERVISOR,
    PEER,
    SELF;

    public static Optional<AssessmentSource> of(String method) {
        return Arrays.stream(values()).filter(s -> s.name().equals(method)).findFirst();
    }
}
