package id.latih.evaluations.adapter.in.web;

import id.latih.evaluations.application.EvaluationQueries;
import id.latih.evaluations.domain.Evaluation;
import id.latih.platform.security.AgencyScope;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
class EvaluationController {

    private final EvaluationQueries queries;

    EvaluationController(EvaluationQueries queries) {
        this.queries = queries;
    }

    @GetMapping("/api/evaluations")
    List<Evaluation> evaluations(AgencyScope caller) {
        return queries.evaluations(caller);
    }

    @GetMapping("/api/evaluations/{id}")
    Evaluation evaluation(AgencyScope caller, @PathVariable String id) {
        return queries.evaluation(caller, id);
    }
}
