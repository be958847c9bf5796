package id.latih.programs.adapter.in.web;

import id.latih.platform.security.AgencyScope;
import id.latih.programs.application.ProgramQueries;
import id.latih.programs.application.PublishProgram;
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
class ProgramController {

    private final PublishProgram publishProgram;
    private final ProgramQueries queries;

    ProgramController(PublishProgram publishProgram, ProgramQueries queries) {
        this.publishProgram = publishProgram;
        this.queries = queries;
    }

    @PostMapping("/api/programs")
    @ResponseStatus(HttpStatus.CREATED)
    ProgramView publish(AgencyScope caller, @Valid @RequestBody Requests.PublishProgram body) {
        return ProgramView.of(publishProgram.publish(caller, body.toCommand()));
    }

    @GetMapping("/api/programs")
    List<ProgramView> programs(AgencyScope caller) {
        return queries.programs(caller).stream().map(ProgramView::of).toList();
    }

    @GetMapping("/api/programs/{id}")
    ProgramView program(AgencyScope caller, @PathVariable String id) {
        return ProgramView.of(queries.program(caller, id));
    }

    @GetMapping("/api/backlog")
    List<BacklogNeedView> backlog(AgencyScope caller) {
        return queries.backlog(caller).stream().map(BacklogNeedView::of).toList();
    }
}
