package id.latih.evaluations.application;

import id.latih.evaluations.domain.Questionnaire;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/** The reaction questionnaires organisers published, every version kept. */
public interface Questionnaires {

    /** The organiser's latest version; empty if it never published one. */
    Optional<Questionnaire> current(String organiserAgencyCode);

    /** Every version the organiser published, by number. */
    Map<Integer, Questionnaire> versions(String organiserAgencyCode);

    /** Stores a new version; false if that version number exists already (another publication came first). */
    boolean add(String organiserAgencyCode, Questionnaire questionnaire, Instant publishedAt);
}
