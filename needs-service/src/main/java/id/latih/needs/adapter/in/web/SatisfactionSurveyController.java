package id.latih.needs.adapter.in.web;

import id.latih.needs.application.RecordSatisfactionSurvey;
import id.latih.needs.application.SatisfactionSurveyQueries;
import id.latih.platform.security.AgencyScope;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Community-satisfaction (IKM) surveys of an agency's service units. */
@RestController
@RequestMapping("/api/satisfaction-surveys")
class SatisfactionSurveyController {

    private final RecordSatisfactionSurvey recordSurvey;
    private final SatisfactionSurveyQueries queries;

    SatisfactionSurveyController(RecordSatisfactionSurvey recordSurvey, SatisfactionSurveyQueries queries) {
        this.recordSurvey = recordSurvey;
        this.queries = queries;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    SatisfactionSurveyView record(AgencyScope caller, @Valid @RequestBody Requests.RecordSurvey body) {
        return SatisfactionSurveyView.of(recordSurvey.record(caller, body.toCommand()));
    }

    @GetMapping("/{id}")
    SatisfactionSurveyView find(AgencyScope caller, @PathVariable String id) {
        return SatisfactionSurveyView.of(queries.find(caller, id));
    }

    /** The units by IKM, worst first by default: where the staff's service competencies need work. */
    @GetMapping
    PageView<SatisfactionSurveyView> list(AgencyScope caller, @Valid @ModelAttribute Requests.SurveyList query) {
        return PageView.of(queries.list(caller, query.period(), query.sortOrWorstFirst(), query.pageOrFirst(),
                query.sizeOrDefault()), SatisfactionSurveyView::of);
    }
}
