package id.latih.needs.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Gaps against position standards: the required level comes from the standard or the job type, never evidence. */
class NeedsAnalysisTest {

    private static final String DINKES = "3273.DINKES";
    private final Employee employee = Employee.register(Nip.parse("198503152010011001", EmploymentType.PNS),
            DINKES, "Siti", EmploymentType.PNS, JobType.ADMINISTRATOR, "Kepala Bidang", null);
    private final RequiredLevelDefaults defaults = new RequiredLevelDefaults(0);

    @Test
    void a_managerial_level_below_the_job_types_default_is_a_need_when_no_standard_lists_it() {
        // Administrator: managerial level 3. M.03 at 2 -> gap 1; M.01 at 4 -> none.
        Employee assessed = employee.withAssessment(assessment("M.03", 2, LocalDate.of(2026, 2, 1)))
                .withAssessment(assessment("M.01", 4, LocalDate.of(2026, 2, 1)));

        List<Need> needs = NeedsAnalysis.competencyGaps(assessed, 2026, CurrentLevelRule.standard(),
                requirements(null, null));

        assertThat(needs).singleElement().satisfies(need -> {
            assertThat(need.competencyCode()).isEqualTo("M.03");
            assertThat(need.kind()).isEqualTo(CompetencyKind.MANAJERIAL);
            assertThat(need.currentLevel()).isEqualTo(2);
            assertThat(need.requiredLevel()).isEqualTo(3);
            assertThat(need.source()).isEqualTo("COMPETENCY_GAP:ASSESSMENT_CENTER");
            assertThat(need.agencyCode()).isEqualTo(DINKES);
            assertThat(need.status()).isEqualTo(NeedStatus.IDENTIFIED);
        });
    }

    @Test
    void the_positions_standard_overrides_the_job_types_default() {
        // The standard asks M.03 at 4 (default would be 3): level 3 is now a gap of 1.
        Employee assessed = employee.withAssessment(assessment("M.03", 3, LocalDate.of(2026, 2, 1)));

        List<Need> needs = NeedsAnalysis.competencyGaps(assessed, 2026, CurrentLevelRule.standard(),
                requirements(standard("Kepala Bidang", null, Map.of("M.03", 4)), null));

        assertThat(needs).singleElement().satisfies(need -> assertThat(need.requiredLevel()).isEqualTo(4));
    }

    @Test
    void a_technical_competency_counts_only_where_the_standard_lists_it() {
        Employee assessed = employee.withAssessment(assessment("T.KES.01", 1, LocalDate.of(2026, 2, 1)));

        assertThat(NeedsAnalysis.competencyGaps(assessed, 2026, CurrentLevelRule.standard(),
                requirements(null, null))).isEmpty();
        assertThat(NeedsAnalysis.competencyGaps(assessed, 2026, CurrentLevelRule.standard(),
                requirements(standard("Kepala Bidang", null, Map.of("T.KES.01", 2)), null)))
                .singleElement().satisfies(need -> assertThat(need.requiredLevel()).isEqualTo(2));
    }

    @Test
    void meeting_the_current_position_but_not_the_next_is_a_next_position_need() {
        // Current position: M.04 at 3 (met by 3); next position: M.04 at 4 -> next-position gap of 1.
        Employee assessed = employee.withAssessment(assessment("M.04", 3, LocalDate.of(2026, 2, 1)));
        PositionStandard current = standard("Kepala Bidang", "Sekretaris Dinas", Map.of());
        PositionStandard next = standard("Sekretaris Dinas", null, Map.of("M.04", 4));

        List<Need> needs = NeedsAnalysis.competencyGaps(assessed, 2026, CurrentLevelRule.standard(),
                requirements(current, next));

        assertThat(needs).singleElement().satisfies(need -> {
            assertThat(need.requiredLevel()).isEqualTo(4);
            assertThat(need.source()).isEqualTo("NEXT_POSITION_GAP:ASSESSMENT_CENTER");
        });
    }

    @Test
    void below_both_positions_the_nearer_target_is_the_need() {
        // Level 1: current asks 3, next asks 4 -> one need, at 3.
        Employee assessed = employee.withAssessment(assessment("M.04", 1, LocalDate.of(2026, 2, 1)));

        List<Need> needs = NeedsAnalysis.competencyGaps(assessed, 2026, CurrentLevelRule.standard(),
                requirements(standard("Kepala Bidang", "Sekretaris Dinas", Map.of()),
                        standard("Sekretaris Dinas", null, Map.of("M.04", 4))));

        assertThat(needs).singleElement().satisfies(need -> {
            assertThat(need.requiredLevel()).isEqualTo(3);
            assertThat(need.source()).startsWith("COMPETENCY_GAP:");
        });
    }

    @Test
    void exactly_the_required_level_is_no_need() {
        Employee assessed = employee.withAssessment(assessment("M.05", 3, LocalDate.of(2026, 2, 1)));

        assertThat(NeedsAnalysis.competencyGaps(assessed, 2026, CurrentLevelRule.standard(),
                requirements(null, null))).isEmpty();
    }

    @Test
    void the_latest_assessment_of_a_competency_decides() {
        Employee assessed = employee.withAssessment(assessment("M.02", 3, LocalDate.of(2026, 3, 1)))
                .withAssessment(assessment("M.02", 1, LocalDate.of(2025, 3, 1)));

        assertThat(NeedsAnalysis.competencyGaps(assessed, 2026, CurrentLevelRule.standard(),
                requirements(null, null))).isEmpty();
    }

    @Test
    void the_same_evidence_yields_the_same_need_id() {
        Employee assessed = employee.withAssessment(assessment("SK.01", 1, LocalDate.of(2026, 1, 5)));
        PositionRequirements requirements = requirements(standard("Kepala Bidang", null, Map.of("SK.01", 2)), null);

        Need first = NeedsAnalysis.competencyGaps(assessed, 2026, CurrentLevelRule.standard(), requirements).get(0);
        Need again = NeedsAnalysis.competencyGaps(assessed, 2026, CurrentLevelRule.standard(), requirements).get(0);

        assertThat(first.id()).isEqualTo(again.id()).isEqualTo("N-2026-198503152010011001-SK.01");
        assertThat(first.kind()).isEqualTo(CompetencyKind.SOSIAL_KULTURAL);
    }

    private PositionRequirements requirements(PositionStandard current, PositionStandard next) {
        return new PositionRequirements(JobType.ADMINISTRATOR, current, next, defaults);
    }

    private static PositionStandard standard(String title, String next, Map<String, Integer> levels) {
        return new PositionStandard(DINKES, title, next, levels);
    }

    private static Assessment assessment(String code, int level, LocalDate on) {
        return new Assessment(code, level, 0, "ASSESSMENT_CENTER", on);
    }
}
