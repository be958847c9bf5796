package id.latih.evaluations.adapter.in.web;

import id.latih.evaluations.application.PublishQuestionnaire;
import id.latih.evaluations.application.QuestionnaireQueries;
import id.latih.platform.security.AgencyScope;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Organisers' own reaction questionnaires, and the one a participant answers. */
@RestController
class QuestionnaireController {

    private final PublishQuestionnaire publish;
    private final QuestionnaireQueries queries;

    QuestionnaireController(PublishQuestionnaire publish, QuestionnaireQueries queries) {
        this.publish = publish;
        this.queries = queries;
    }

    /** Publishes the caller's agency's questionnaire as its next version; answers given before keep theirs. */
    @PostMapping("/api/evaluations/questionnaires")
    @ResponseStatus(HttpStatus.CREATED)
    QuestionnaireView publish(AgencyScope caller, @Valid @RequestBody Requests.QuestionnaireForm body) {
        return QuestionnaireView.of(publish.publish(caller, body.domainItems(), body.scaleMax(),
                body.commentMaxLength()));
    }

    /** The caller's agency's questionnaire in force (the default one, version 0, until it publishes its own). */
    @GetMapping("/api/evaluations/questionnaires/current")
    QuestionnaireView current(AgencyScope caller) {
        return QuestionnaireView.of(queries.ofOwnAgency(caller));
    }

    /** The questionnaire the participant answers for this file: its program organiser's in force. */
    @GetMapping("/api/evaluations/{id}/questionnaire")
    QuestionnaireView forFile(AgencyScope caller, @PathVariable String id) {
        return QuestionnaireView.of(queries.forFile(caller, id));
    }
}
