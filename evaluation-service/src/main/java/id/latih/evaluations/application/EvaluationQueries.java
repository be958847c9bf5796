package id.latih.evaluations.application;

import id.latih.evaluations.domain.Evaluation;
import id.latih.platform.domain.NotFoundException;
import id.latih.platform.security.AgencyScope;
import java.util.List;
import org.springframework.stereotype.Service;

@Service
public class EvaluationQueries {

    private final Evaluations evaluations;

    public EvaluationQueries(Evaluations evaluations) {
        this.evaluations = evaluations;
    }

    public Evaluation evaluation(AgencyScope caller, String id) {
        return evaluations.find(id).filter(e -> caller.canRead(e.agencyCode()))
                .orElseThrow(() -> new NotFoundException("Evaluation", id));
    }

    public List<Evaluation> evaluations(AgencyScope caller) {
        return evaluations.findVisibleTo(caller);
    }
}
