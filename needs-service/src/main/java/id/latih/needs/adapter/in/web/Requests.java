package id.latih.needs.adapter.in.web;

import id.latih.needs.domain.Assessment;
import id.latih.needs.domain.EmploymentType;
import id.latih.needs.domain.JobType;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;

/** Request bodies of the needs API. Shape is checked here; domain rules (a NIP that parses) in the domain. */
final class Requests {

    private Requests() {
    }

    /** {@code supervisorNip} is optional: the employee's direct supervisor, who may then read their records. */
    record RegisterEmployee(@NotBlank String nip, @NotBlank String name, @NotNull EmploymentType employmentType,
                            @NotNull JobType jobType, @NotBlank String positionTitle, String supervisorNip) {

        id.latih.needs.application.RegisterEmployee.Command toCommand() {
            return new id.latih.needs.application.RegisterEmployee.Command(nip, name, employmentType, jobType,
                    positionTitle, supervisorNip);
        }
    }

    record Assess(@NotBlank @Pattern(regexp = "[A-Z]{1,3}(\\.[A-Z0-9]{1,8}){1,3}",
                          message = "must be a competency code such as M.01, SK.01 or T.KES.01") String competencyCode,
                  @Min(1) @Max(5) int assessedLevel, @Min(1) @Max(5) int requiredLevel, @NotBlank String method,
                  @NotNull @PastOrPresent LocalDate assessedOn) {

        Assessment toAssessment() {
            return new Assessment(competencyCode, assessedLevel, requiredLevel, method, assessedOn);
        }
    }

    record Analyse(@Min(2000) @Max(2100) int cycleYear) {
    }
}
