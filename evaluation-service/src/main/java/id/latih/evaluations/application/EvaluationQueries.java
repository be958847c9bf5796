package id.latih.evaluations.application;

import id.latih.evaluations.domain.Evaluation;
import id.latih.platform.domain.NotFoundException;
import id.latih.platform.security.AgencyScope;
import id.latih.platform.security.Supervision;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * What a caller may read: an employee their own evaluations, agency roles their agency's, analysts their region's or
 * province's. evaluation-service keeps no record of who supervises whom yet, so a supervisor sees only their own.
 */
@Service
public class EvaluationQueries {

    private final Evaluations evaluations;

    public EvaluationQueries(Evaluations evaluations) {
        this.evaluations = evaluations;
    }

    public Evaluation evaluation(AgencyScope caller, String id) {
        return evaluations.find(id).filter(e -> caller.canReadPerson(e.agencyCode(), e.nip(), Supervision.UNKNOWN))
                .orElseThrow(() -> new NotFoundException("Evaluation", id));
    }

    public List<Evaluation> evaluations(AgencyScope caller) {
        return evaluations.findVisibleTo(caller, Supervision.UNKNOWN);
    }
}
