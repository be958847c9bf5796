package id.latih.needs.adapter.in.web;

import id.latih.needs.domain.Assessment;
import id.latih.needs.domain.EmploymentType;
import id.latih.needs.domain.JobType;
import id.latih.platform.input.CompetencyCode;
import id.latih.platform.input.TextLimits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * Request bodies of the needs API. Shape and size are checked here (text rules, strict numbers and date range by the
 * chassis); domain rules (a NIP that parses) in the domain.
 */
final class Requests {

    private Requests() {
    }

    /** {@code supervisorNip} is optional: the employee's direct supervisor, who may then read their records. */
    record RegisterEmployee(@NotBlank @Size(max = TextLimits.NIP) String nip,
                            @NotBlank @Size(max = TextLimits.NAME) String name,
                            @NotNull EmploymentType employmentType, @NotNull JobType jobType,
                            @NotBlank @Size(max = TextLimits.TITLE) String positionTitle,
                            @Size(max = TextLimits.NIP) String supervisorNip) {

        id.latih.needs.application.RegisterEmployee.Command toCommand() {
            return new id.latih.needs.application.RegisterEmployee.Command(nip, name, employmentType, jobType,
                    positionTitle, supervisorNip);
        }
    }

    record Assess(@NotBlank @Size(max = TextLimits.CODE) @CompetencyCode String competencyCode,
                  @Min(1) @Max(5) int assessedLevel, @Min(1) @Max(5) int requiredLevel,
                  @NotBlank @Size(max = TextLimits.LABEL) String method,
                  @NotNull @PastOrPresent LocalDate assessedOn) {

        Assessment toAssessment() {
            return new Assessment(competencyCode, assessedLevel, requiredLevel, method, assessedOn);
        }
    }

    record Analyse(@Min(2000) @Max(2100) int cycleYear) {
    }
}
