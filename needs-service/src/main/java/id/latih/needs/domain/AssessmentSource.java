package id.latih.needs.domain;

import java.util.Arrays;
import java.util.Optional;

/**
 * Who saw the level: an assessment centre, the direct supervisor, a peer (360), or the employee themselves. Stored as
 * the assessment's {@code method}; evidence recorded before sources were checked may carry another word, which no
 * source matches.
 */
public enum AssessmentSource {
    ASSESSMENT_CENTER,
    SUPERVISOR,
    PEER,
    SELF;

    public static Optional<AssessmentSource> of(String method) {
        return Arrays.stream(values()).filter(s -> s.name().equals(method)).findFirst();
    }
}
