package id.latih.programs.adapter.in.web;

import id.latih.platform.security.AgencyScope;
import id.latih.platform.security.Role;
import id.latih.programs.application.ProgramQueries;
import id.latih.programs.application.PublishProgram;
import id.latih.programs.domain.BacklogNeed;
import id.latih.programs.domain.Program;
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
    Program publish(AgencyScope caller, @Valid @RequestBody Requests.PublishProgram body) {
        caller.requireAny(Role.PROGRAM_DESIGNER, Role.AGENCY_ADMIN);
        return publishProgram.publish(caller, body.toCommand());
    }

    @GetMapping("/api/programs")
    List<Program> programs(AgencyScope caller) {
        return queries.programs(caller);
    }

    @GetMapping("/api/programs/{id}")
    Program program(AgencyScope caller, @PathVariable String id) {
        return queries.program(caller, id);
    }

    @GetMapping("/api/backlog")
    List<BacklogNeed> backlog(AgencyScope caller) {
        return queries.backlog(caller);
    }
}
