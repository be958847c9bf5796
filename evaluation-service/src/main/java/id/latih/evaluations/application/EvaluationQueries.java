package id.latih.evaluations.application;

import id.latih.evaluations.domain.Evaluation;
import id.latih.platform.domain.NotFoundException;
import id.latih.platform.security.AgencyScope;
import id.latih.platform.security.Supervision;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * What a caller may read: an employee their own evaluations, agency roles their agency's, analysts their region's or
 * province's, a supervisor their staff's (who supervises whom is replicated from needs-service's employee events).
 */
@Service
public class EvaluationQueries {

    private final Evaluations evaluations;
    private final Supervision supervision;

    public EvaluationQueries(Evaluations evaluations, Supervision supervision) {
        this.evaluations = evaluations;
        this.supervision = supervision;
    }

    public Evaluation evaluation(AgencyScope caller, String id) {
        return evaluations.find(id).filter(e -> caller.canReadPerson(e.agencyCode(), e.nip(), supervision))
                .orElseThrow(() -> new NotFoundException("Evaluation", id));
    }

    public List<Evaluation> evaluations(AgencyScope caller) {
        return evaluations.findVisibleTo(caller, supervision);
    }
}
