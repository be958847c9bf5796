package id.latih.programs.adapter.in.web;

import id.latih.platform.input.CompetencyCode;
import id.latih.platform.input.TextLimits;
import id.latih.programs.domain.LearningMethod;
import id.latih.programs.domain.LearningRoute;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/**
 * Request bodies of the program API. Shape and size are checked here (text rules, strict numbers and date range by
 * the chassis); design rules (a method of the route, a schedule that ends after it starts) in the domain.
 */
final class Requests {

    private Requests() {
    }

    record PublishProgram(@NotBlank @Size(max = TextLimits.TITLE) String title,
                          @NotBlank @Size(max = TextLimits.CODE) @CompetencyCode String competencyCode,
                          @NotNull LearningRoute route, @NotNull LearningMethod method,
                          @Min(1) @Max(1000) int jp, @Min(1) @Max(10000) int capacity,
                          @NotNull LocalDate startDate, @NotNull LocalDate endDate,
                          @Size(max = TextLimits.NEEDS_PER_PROGRAM)
                          List<@NotBlank @Size(max = TextLimits.ID) String> needIds) {

        id.latih.programs.application.PublishProgram.Command toCommand() {
            return new id.latih.programs.application.PublishProgram.Command(title, competencyCode, route, method,
                    jp, capacity, startDate, endDate, needIds == null ? List.of() : needIds);
        }
    }
}
