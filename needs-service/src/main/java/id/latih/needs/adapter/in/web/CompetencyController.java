package id.latih.needs.adapter.in.web;

import id.latih.needs.application.CompetencyDictionary;
import id.latih.needs.application.DefineCompetency;
import id.latih.platform.security.AgencyScope;
import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The competency dictionary: national, shared by the region or province, and the agency's own. */
@RestController
@RequestMapping("/api/competencies")
class CompetencyController {

    private final CompetencyDictionary dictionary;
    private final DefineCompetency defineCompetency;

    CompetencyController(CompetencyDictionary dictionary, DefineCompetency defineCompetency) {
        this.dictionary = dictionary;
        this.defineCompetency = defineCompetency;
    }

    @GetMapping
    PageView<CompetencyView> list(AgencyScope caller, @Valid @ModelAttribute Requests.CompetencyList query) {
        return PageView.of(dictionary.list(caller, query.kind(), query.pageOrFirst(), query.sizeOrDefault()),
                CompetencyView::of);
    }

    @GetMapping("/{code}")
    CompetencyView find(AgencyScope caller, @PathVariable String code) {
        return CompetencyView.of(dictionary.find(caller, code));
    }

    /** Defines or redefines a technical competency of the caller's dictionary (or its region's or province's). */
    @PutMapping("/{code}")
    CompetencyView define(AgencyScope caller, @PathVariable String code,
                          @Valid @RequestBody Requests.DefineCompetency body) {
        return CompetencyView.of(defineCompetency.define(caller, code, body.toCommand()));
    }
}
