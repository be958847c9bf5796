package id.latih.needs.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class NeedsAnalysisTest {

    private final Employee employee = Employee.register(Nip.parse("198503152010011001", EmploymentType.PNS),
            "3273.DINKES", "Siti", EmploymentType.PNS, JobType.ADMINISTRATOR, "Kepala Bidang", null);

    @Test
    void a_level_below_the_required_one_is_a_need() {
        Employee assessed = employee.withAssessment(assessment("M.03", 2, 3, LocalDate.of(2026, 2, 1)))
                .withAssessment(assessment("M.01", 4, 3, LocalDate.of(2026, 2, 1)));

        List<Need> needs = NeedsAnalysis.competencyGaps(assessed, 2026);

        assertThat(needs).singleElement().satisfies(need -> {
            assertThat(need.competencyCode()).isEqualTo("M.03");
            assertThat(need.kind()).isEqualTo(CompetencyKind.MANAJERIAL);
            assertThat(need.currentLevel()).isEqualTo(2);
            assertThat(need.requiredLevel()).isEqualTo(3);
            assertThat(need.agencyCode()).isEqualTo("3273.DINKES");
            assertThat(need.status()).isEqualTo(NeedStatus.IDENTIFIED);
        });
    }

    @Test
    void the_latest_assessment_of_a_competency_decides() {
        Employee assessed = employee.withAssessment(assessment("T.KES.01", 3, 3, LocalDate.of(2026, 3, 1)))
                .withAssessment(assessment("T.KES.01", 1, 3, LocalDate.of(2025, 3, 1)));

        assertThat(NeedsAnalysis.competencyGaps(assessed, 2026)).isEmpty();
    }

    @Test
    void the_same_evidence_yields_the_same_need_id() {
        Employee assessed = employee.withAssessment(assessment("SK.01", 1, 2, LocalDate.of(2026, 1, 5)));

        assertThat(NeedsAnalysis.competencyGaps(assessed, 2026).get(0).id())
                .isEqualTo(NeedsAnalysis.competencyGaps(assessed, 2026).get(0).id())
                .isEqualTo("N-2026-198503152010011001-SK.01");
        assertThat(NeedsAnalysis.competencyGaps(assessed, 2026).get(0).kind()).isEqualTo(CompetencyKind.SOSIAL_KULTURAL);
    }

    private static Assessment assessment(String code, int level, int required, LocalDate on) {
        return new Assessment(code, level, required, "ASSESSMENT_CENTER", on);
    }
}
