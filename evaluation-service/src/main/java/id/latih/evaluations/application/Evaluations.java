package id.latih.evaluations.application;

import id.latih.evaluations.domain.Evaluation;
import id.latih.platform.security.AgencyScope;
import id.latih.platform.security.Supervision;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

public interface Evaluations {

    /** Opens the evaluation unless this event already did. */
    void open(Evaluation evaluation, UUID causedBy);

    Optional<Evaluation> find(String id);

    /** The evaluations the caller may read; a supervisor's staff come from {@code supervision}. */
    List<Evaluation> findVisibleTo(AgencyScope scope, Supervision supervision);
}
