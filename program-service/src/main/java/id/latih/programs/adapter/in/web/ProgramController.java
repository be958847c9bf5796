package id.latih.programs.adapter.in.web;

import id.latih.platform.security.AgencyScope;
import id.latih.programs.application.ProgramQueries;
import id.latih.programs.application.PublishProgram;
import id.latih.programs.domain.LearningMethod;
import id.latih.programs.domain.LearningRoute;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
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

    record PublishRequest(@NotBlank String title, @NotBlank String competencyCode, @NotNull LearningRoute route,
                          @NotNull LearningMethod method, @Min(1) @Max(1000) int jp, @Min(1) @Max(10000) int capacity,
                          @NotNull LocalDate startDate, @NotNull LocalDate endDate, List<@NotBlank String> needIds) {

        PublishProgram.Command toCommand() {
            return new PublishProgram.Command(title, competencyCode, route, method, jp, capacity, startDate, endDate,
                    needIds == null ? List.of() : needIds);
        }
    }

    private final PublishProgram publishProgram;
    private final ProgramQueries queries;

    ProgramController(PublishProgram publishProgram, ProgramQueries queries) {
        this.publishProgram = publishProgram;
        this.queries = queries;
    }

    @PostMapping("/api/programs")
    @ResponseStatus(HttpStatus.CREATED)
    ProgramView publish(AgencyScope caller, @Valid @RequestBody PublishRequest body) {
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
