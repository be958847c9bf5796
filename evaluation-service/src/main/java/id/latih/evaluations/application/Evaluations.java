package id.latih.evaluations.application;

import id.latih.evaluations.domain.Evaluation;
import id.latih.platform.security.AgencyScope;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

public interface Evaluations {

    /** Opens the evaluation unless this event already did. */
    void open(Evaluation evaluation, UUID causedBy);

    Optional<Evaluation> find(String id);

    List<Evaluation> findVisibleTo(AgencyScope scope);
}
