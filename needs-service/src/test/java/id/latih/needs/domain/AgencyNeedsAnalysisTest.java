package id.latih.needs.domain;

import static org.assertj.core.api.Assertions.assertThat;

import id.latih.events.EventJson;
import id.latih.events.NeedIdentified;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** One need per competency over the agency's staff, with gaps, evidence and priority. */
class AgencyNeedsAnalysisTest {

    private static final String DINKES = "3273.DINKES";
    private final RequiredLevelDefaults defaults = new RequiredLevelDefaults(0);

    @Test
    void the_staffs_gaps_aggregate_per_competency_with_performance_and_ikm_in_the_priority() {
        AgencyNeedsAnalysis analysis = new AgencyNeedsAnalysis(DINKES, 2026, CurrentLevelRule.standard());
        // Administrators: managerial level 3.
        analysis.add(admin("198503152010011001", 1, "M.05").withPerformanceRating(2025, PerformanceRating.KURANG),
                requirements());
        analysis.add(admin("198503152010011002", 2, "M.05"), requirements());
        analysis.add(admin("198503152010011003", 3, "M.05"), requirements());

        List<AgencyNeed> needs = analysis.needs(Map.of("M.05", List.of("PKM-GARUDA 2025")),
                new PriorityRule(0.25, 5));

        // gaps 2 (Kurang: x1.5 = 3) and 1; one weak unit: 3 + 1 + 5 = 9
        assertThat(needs).singleElement().satisfies(need -> {
            assertThat(need.id()).isEqualTo("N-2026-3273.DINKES-M.05");
            assertThat(need.staff()).extracting(StaffGap::nip).containsExactly("198503152010011001",
                    "198503152010011002");
            assertThat(need.targetLevel()).isEqualTo(3);
            assertThat(need.meanGap()).isEqualTo(1.5);
            assertThat(need.lowestLevel()).isEqualTo(1);
            assertThat(need.priority()).isEqualTo(9.0);
            assertThat(need.status()).isEqualTo(NeedStatus.PROPOSED);
            assertThat(need.evidence()).contains("COMPETENCY_GAP: 2 staff below their position's standard",
                    "PERFORMANCE_GAP: 1 of them rated below Baik (SKP)", "IKM: weak elements at PKM-GARUDA 2025");
        });
        assertThat(analysis.employees()).isEqualTo(3);
    }

    @Test
    void the_performance_gap_is_the_latest_rating_before_the_cycle_year() {
        Employee rated = admin("198503152010011001", 1, "M.01")
                .withPerformanceRating(2023, PerformanceRating.SANGAT_KURANG)
                .withPerformanceRating(2025, PerformanceRating.BUTUH_PERBAIKAN)
                .withPerformanceRating(2026, PerformanceRating.SANGAT_BAIK);

        assertThat(AgencyNeedsAnalysis.performanceGapBefore(rated, 2026)).isEqualTo(1);
        assertThat(AgencyNeedsAnalysis.performanceGapBefore(rated, 2024)).isEqualTo(3);
        assertThat(AgencyNeedsAnalysis.performanceGapBefore(rated, 2023)).isZero();
    }

    @Test
    void a_weak_unit_pointing_to_a_competency_nobody_falls_short_in_makes_no_need() {
        AgencyNeedsAnalysis analysis = new AgencyNeedsAnalysis(DINKES, 2026, CurrentLevelRule.standard());
        analysis.add(admin("198503152010011001", 3, "M.03"), requirements());

        assertThat(analysis.needs(Map.of("M.03", List.of("PKM-GARUDA 2025")), new PriorityRule(0.25, 5)))
                .isEmpty();
    }

    @Test
    void a_need_of_twenty_thousand_staff_fits_one_event() {
        List<StaffGap> staff = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            staff.add(new StaffGap(String.format("19850315201001%04d", i), 1, 3, 0));
        }
        AgencyNeed need = new AgencyNeed("N-2026-3273.DINKES-M.05", DINKES, 2026, "M.05", CompetencyKind.MANAJERIAL,
                staff, 0, List.of(), 40_000, NeedStatus.PROPOSED, 0, true, null, 0, Set.of());

        NeedIdentified event = need.identified(Instant.now(), 20_000);
        int bytes = EventJson.write(event).length;

        assertThat(event.affectedNips()).hasSize(20_000);
        assertThat(event.staffAffected()).isEqualTo(20_000);
        assertThat(event.nip()).isNull();
        assertThat(bytes).isLessThan(900_000);
        assertThat(need.identified(Instant.now(), 100).affectedNips()).hasSize(100);
        assertThat(need.identified(Instant.now(), 100).staffAffected()).isEqualTo(20_000);
    }

    private PositionRequirements requirements() {
        return new PositionRequirements(JobType.ADMINISTRATOR, null, null, defaults);
    }

    private static Employee admin(String nip, int level, String code) {
        return Employee.register(Nip.parse(nip, EmploymentType.PNS), DINKES, "Pegawai", EmploymentType.PNS,
                JobType.ADMINISTRATOR, "Kepala Bidang", null)
                .withAssessment(new Assessment(code, level, 0, "ASSESSMENT_CENTER", LocalDate.of(2026, 1, 10)));
    }
}
