package id.latih.evaluations.adapter.in.web;

import id.latih.evaluations.application.AnswerReaction;
import id.latih.evaluations.application.BehaviourChecks;
import id.latih.evaluations.application.EvaluationOrder;
import id.latih.evaluations.application.EvaluationQueries;
import id.latih.evaluations.application.RateBehaviour;
import id.latih.platform.security.AgencyScope;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
class EvaluationController {

    private final EvaluationQueries queries;
    private final AnswerReaction answerReaction;
    private final RateBehaviour rateBehaviour;
    private final BehaviourChecks behaviourChecks;

    EvaluationController(EvaluationQueries queries, AnswerReaction answerReaction, RateBehaviour rateBehaviour,
                         BehaviourChecks behaviourChecks) {
        this.queries = queries;
        this.answerReaction = answerReaction;
        this.rateBehaviour = rateBehaviour;
        this.behaviourChecks = behaviourChecks;
    }

    /**
     * The files the caller may read, a page at a time ({@code size} up to 100): an employee's own, a supervisor's
     * staff's, an agency's, a region's or the province's; of one program or one participant if asked.
     */
    @GetMapping("/api/evaluations")
    PageView<EvaluationView> evaluations(AgencyScope caller, @RequestParam(required = false) String programId,
                                         @RequestParam(required = false) String nip,
                                         @RequestParam(defaultValue = "LATEST_COMPLETION_FIRST") String order,
                                         @RequestParam(defaultValue = "0") int page,
                                         @RequestParam(defaultValue = "20") int size) {
        return PageView.of(queries.evaluations(caller, programId, nip, EvaluationOrder.parse(order), page, size));
    }

    /** The participant's own answer to the reaction questionnaire, once, within the window after completion. */
    @PostMapping("/api/evaluations/{id}/reaction")
    @ResponseStatus(HttpStatus.CREATED)
    EvaluationView answerReaction(AgencyScope caller, @PathVariable String id,
                                  @Valid @RequestBody Requests.ReactionAnswer body) {
        return EvaluationView.of(answerReaction.answer(caller, id, body.questionnaireVersion(), body.ratings(),
                body.comments()));
    }

    /** Open on-the-job checks: a supervisor's staff's, an agency's, earliest due first. */
    @GetMapping("/api/evaluations/behaviour-checks")
    List<EvaluationView> behaviourChecks(AgencyScope caller, @RequestParam(defaultValue = "0") int page,
                                         @RequestParam(defaultValue = "20") int size) {
        return behaviourChecks.open(caller, page, size).stream().map(EvaluationView::of).toList();
    }

    /** The supervisor's rating of the participant's competency level on the job. */
    @PostMapping("/api/evaluations/{id}/behaviour")
    @ResponseStatus(HttpStatus.CREATED)
    EvaluationView rateBehaviour(AgencyScope caller, @PathVariable String id,
                                 @Valid @RequestBody Requests.BehaviourRating body) {
        return EvaluationView.of(rateBehaviour.rate(caller, id, body.observedLevels()));
    }

    @GetMapping("/api/evaluations/{id}")
    EvaluationView evaluation(AgencyScope caller, @PathVariable String id) {
        return EvaluationView.of(queries.evaluation(caller, id));
    }
}
