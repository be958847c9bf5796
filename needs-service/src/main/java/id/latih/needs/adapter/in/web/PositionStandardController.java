package id.latih.needs.adapter.in.web;

import id.latih.needs.application.PositionStandardQueries;
import id.latih.needs.application.SetPositionStandard;
import id.latih.platform.security.AgencyScope;
import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The required competency levels of an agency's positions, where a gap's required level comes from. */
@RestController
@RequestMapping("/api/position-standards")
class PositionStandardController {

    private final SetPositionStandard setStandard;
    private final PositionStandardQueries queries;

    PositionStandardController(SetPositionStandard setStandard, PositionStandardQueries queries) {
        this.setStandard = setStandard;
        this.queries = queries;
    }

    /** Sets (or replaces) the standard of the position the body names. */
    @PutMapping
    PositionStandardView set(AgencyScope caller, @Valid @RequestBody Requests.SetPositionStandard body) {
        return PositionStandardView.of(setStandard.set(caller, body.toCommand()));
    }

    /** A page of the standards of the agencies the caller may read, by agency and position. */
    @GetMapping
    PageView<PositionStandardView> list(AgencyScope caller, @Valid @ModelAttribute Requests.Paging query) {
        return PageView.of(queries.list(caller, query.pageOrFirst(), query.sizeOrDefault()),
                PositionStandardView::of);
    }

    /** One position's standard, of the caller's agency or, for oversight, of {@code agencyCode}. */
    @GetMapping("/position")
    PositionStandardView find(AgencyScope caller, @Valid @ModelAttribute Requests.StandardOf query) {
        return PositionStandardView.of(queries.find(caller, query.agencyCode(), query.positionTitle()));
    }
}
