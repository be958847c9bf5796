package id.latih.evaluations.adapter.in.web;

import id.latih.evaluations.application.AnswerReaction;
import id.latih.evaluations.application.EvaluationQueries;
import id.latih.platform.security.AgencyScope;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
class EvaluationController {

    private final EvaluationQueries queries;
    private final AnswerReaction answerReaction;

    EvaluationController(EvaluationQueries queries, AnswerReaction answerReaction) {
        this.queries = queries;
        this.answerReaction = answerReaction;
    }

    @GetMapping("/api/evaluations")
    List<EvaluationView> evaluations(AgencyScope caller) {
        return queries.evaluations(caller).stream().map(EvaluationView::of).toList();
    }

    /** The participant's own answer to the reaction questionnaire, once, within the window after completion. */
    @PostMapping("/api/evaluations/{id}/reaction")
    @ResponseStatus(HttpStatus.CREATED)
    EvaluationView answerReaction(AgencyScope caller, @PathVariable String id,
                                  @Valid @RequestBody Requests.ReactionAnswer body) {
        return EvaluationView.of(answerReaction.answer(caller, id, body.ratings(), body.comments()));
    }

    @GetMapping("/api/evaluations/{id}")
    EvaluationView evaluation(AgencyScope caller, @PathVariable String id) {
        return EvaluationView.of(queries.evaluation(caller, id));
    }
}
