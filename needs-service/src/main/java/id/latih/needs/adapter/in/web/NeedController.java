package id.latih.needs.adapter.in.web;

import id.latih.needs.application.ListNeeds;
import id.latih.platform.security.AgencyScope;
import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RestController;

@RestController
class NeedController {

    private final ListNeeds listNeeds;

    NeedController(ListNeeds listNeeds) {
        this.listNeeds = listNeeds;
    }

    /** The needs the caller may see, in pages, optionally of one status, competency or cycle year. */
    @GetMapping("/api/needs")
    PageView<NeedView> list(AgencyScope caller, @Valid @ModelAttribute Requests.NeedList query) {
        return PageView.of(listNeeds.list(caller, query.filter(), query.sortOrDefault(), query.pageOrFirst(),
                query.sizeOrDefault()), NeedView::of);
    }
}
