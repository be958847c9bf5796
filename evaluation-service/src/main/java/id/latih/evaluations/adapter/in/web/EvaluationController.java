package id.latih.evaluations.adapter.in.web;

import id.latih.evaluations.application.EvaluationQueries;
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
    List<EvaluationView> evaluations(AgencyScope caller) {
        return queries.evaluations(caller).stream().map(EvaluationView::of).toList();
    }

    @GetMapping("/api/evaluations/{id}")
    EvaluationView evaluation(AgencyScope caller, @PathVariable String id) {
        return EvaluationView.of(queries.evaluation(caller, id));
    }
}
