package id.latih.needs.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CompetencyStandingTest {

    private final Employee employee = Employee.register(Nip.parse("198503152010011001", EmploymentType.PNS),
            "3273.DINKES", "Siti", EmploymentType.PNS, JobType.PENGAWAS, "Kepala Seksi", null)
            .withAssessment(new Assessment("M.03", 1, 0, "SUPERVISOR", LocalDate.of(2026, 1, 5)))
            .withAssessment(new Assessment("M.03", 3, 0, "SELF", LocalDate.of(2026, 2, 5)));

    @Test
    void each_competency_shows_the_deciding_level_against_both_positions_and_unassessed_requirements_show_empty() {
        PositionRequirements requirements = new PositionRequirements(JobType.PENGAWAS,
                new PositionStandard("3273.DINKES", "Kepala Seksi", "Kepala Bidang", Map.of("T.KES.01", 3)),
                new PositionStandard("3273.DINKES", "Kepala Bidang", null, Map.of("M.03", 4)),
                new RequiredLevelDefaults(0));

        List<CompetencyStanding> standings = CompetencyStanding.of(employee, CurrentLevelRule.standard(),
                requirements);

        // M.03: supervisor (1) outranks the newer self-assessment; Pengawas default 2 -> gap 1; next position 4.
        assertThat(standings).containsExactly(
                new CompetencyStanding("M.03", 1, "SUPERVISOR", LocalDate.of(2026, 1, 5), 2, 4, 1),
                new CompetencyStanding("T.KES.01", null, null, null, 3, null, 0));
    }
}
