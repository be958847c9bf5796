package id.latih.needs.adapter.in.web;

import id.latih.needs.application.ListNeeds;
import id.latih.platform.security.AgencyScope;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
class NeedController {

    private final ListNeeds listNeeds;

    NeedController(ListNeeds listNeeds) {
        this.listNeeds = listNeeds;
    }

    @GetMapping("/api/needs")
    List<NeedView> list(AgencyScope caller) {
        return listNeeds.list(caller).stream().map(NeedView::of).toList();
    }
}
