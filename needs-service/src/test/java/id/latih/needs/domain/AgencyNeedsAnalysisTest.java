package id.latih.needs.domain;

import static org.assertj.core.api.Assertions.assertThat;

import id.latih.events.EventJson;
import id.latih.events.NeedIdentified;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** One need per competency over the agency's staff, with gaps, evidence and priority. */
class AgencyNeedsAnalysisTest {

    private static final String DINKES = "3273.DINKES";
    private final RequiredLevelDefaults defaults = new RequiredLevelDefaults(0);

    @Test
    void the_staffs_gaps_aggregate_per_competency_with_performance_and_ikm_in_the_priority() {
        AgencyNeedsAnalysis analysis = new AgencyNeedsAnalysis(DINKES, 2026, CurrentLevelRule.standard(),
                List.of(GARUDA), 1);
        // Administrators: managerial level 3.
        analysis.add(inGaruda("198503152010011001", 1, "M.05").withPerformanceRating(2025, PerformanceRating.KURANG),
                requirements());
        analysis.add(admin("198503152010011002", 2, "M.05"), requirements());
        analysis.add(admin("198503152010011003", 3, "M.05"), requirements());

        List<AgencyNeed> needs = analysis.needs(new PriorityRule(0.25, 5));

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
    void a_weak_unit_without_staff_in_the_agency_makes_no_need() {
        AgencyNeedsAnalysis analysis = new AgencyNeedsAnalysis(DINKES, 2026, CurrentLevelRule.standard(),
                List.of(GARUDA), 1);
        analysis.add(admin("198503152010011001", 3, "M.03"), requirements());

        assertThat(analysis.needs(new PriorityRule(0.25, 5))).isEmpty();
    }

    @Test
    void a_weak_units_staff_with_evidence_are_asked_to_rise_one_level_where_their_position_asks_no_more() {
        AgencyNeedsAnalysis analysis = new AgencyNeedsAnalysis(DINKES, 2026, CurrentLevelRule.standard(),
                List.of(GARUDA), 1);
        analysis.add(inGaruda("198503152010011001", 3, "M.05"), requirements());   // meets 3: asked 4
        analysis.add(inGaruda("198503152010011002", 5, "M.05"), requirements());   // at the top: nothing
        analysis.add(inGaruda("198503152010011003", 2, "M.01"), requirements());   // no M.05 evidence
        analysis.add(admin("198503152010011004", 3, "M.05"), requirements());      // another unit

        List<AgencyNeed> needs = analysis.needs(new PriorityRule(0.25, 5));

        // M.05: gap 1 of the unit's staff member, and the weak unit: 1 + 5 x 1 = 6. M.01: gap 1, no unit term.
        AgencyNeed service = needs.stream().filter(n -> n.competencyCode().equals("M.05")).findFirst().orElseThrow();
        assertThat(service.staff()).containsExactly(new StaffGap("198503152010011001", 3, 4, 0));
        assertThat(service.weakUnits()).isEqualTo(1);
        assertThat(service.priority()).isEqualTo(6.0);
        assertThat(service.evidence()).containsExactly(
                "IKM_UNIT_STAFF: 1 staff of weak service units, asked to rise 1 level(s)",
                "IKM: weak elements at PKM-GARUDA 2025");
        AgencyNeed integrity = needs.stream().filter(n -> n.competencyCode().equals("M.01")).findFirst()
                .orElseThrow();
        assertThat(integrity.weakUnits()).isZero();
        assertThat(integrity.priority()).isEqualTo(1.0);
    }

    @Test
    void a_weak_unit_counts_only_in_the_needs_its_staff_are_in_and_performance_weighs_their_part() {
        WeakUnit melati = new WeakUnit("PKM-MELATI", "PKM-MELATI 2026", Set.of("M.05"));
        AgencyNeedsAnalysis analysis = new AgencyNeedsAnalysis(DINKES, 2026, CurrentLevelRule.standard(),
                List.of(GARUDA, melati), 2);
        // Rated Kurang (x1.5); level 4, step 2 capped at 5: gap 1.
        analysis.add(inGaruda("198503152010011001", 4, "M.05").withPerformanceRating(2025, PerformanceRating.KURANG),
                requirements());
        // Below the position's 3 already: the position's gap 2, no step added to it.
        analysis.add(inGaruda("198503152010011002", 1, "M.05"), requirements());

        AgencyNeed need = analysis.needs(new PriorityRule(0.25, 5)).get(0);

        // 2 + 1 x 1.5 + 5 x 1 (Garuda; Melati has no staff here) = 8.5
        assertThat(need.staff()).containsExactly(new StaffGap("198503152010011002", 1, 3, 0),
                new StaffGap("198503152010011001", 4, 5, 2));
        assertThat(need.weakUnits()).isEqualTo(1);
        assertThat(need.priority()).isEqualTo(8.5);
    }

    @Test
    void with_no_step_a_weak_unit_adds_no_staff_but_counts_where_its_staff_fall_short() {
        AgencyNeedsAnalysis analysis = new AgencyNeedsAnalysis(DINKES, 2026, CurrentLevelRule.standard(),
                List.of(GARUDA), 0);
        analysis.add(inGaruda("198503152010011001", 2, "M.05"), requirements());
        analysis.add(inGaruda("198503152010011002", 3, "M.05"), requirements());

        AgencyNeed need = analysis.needs(new PriorityRule(0.25, 5)).get(0);

        // gap 1 + 5 x 1 = 6
        assertThat(need.staff()).extracting(StaffGap::nip).containsExactly("198503152010011001");
        assertThat(need.priority()).isEqualTo(6.0);
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

    private static final WeakUnit GARUDA = new WeakUnit("PKM-GARUDA", "PKM-GARUDA 2025", Set.of("M.05"));

    private static Employee inGaruda(String nip, int level, String code) {
        return Employee.register(Nip.parse(nip, EmploymentType.PNS), DINKES, "Pegawai", EmploymentType.PNS,
                JobType.ADMINISTRATOR, "Kepala Seksi", null, new WorkUnit("PKM-GARUDA", "Puskesmas Garuda"))
                .withAssessment(new Assessment(code, level, 0, "ASSESSMENT_CENTER", LocalDate.of(2026, 1, 10)));
    }

    private static Employee admin(String nip, int level, String code) {
        return Employee.register(Nip.parse(nip, EmploymentType.PNS), DINKES, "Pegawai", EmploymentType.PNS,
                JobType.ADMINISTRATOR, "Kepala Bidang", null)
                .withAssessment(new Assessment(code, level, 0, "ASSESSMENT_CENTER", LocalDate.of(2026, 1, 10)));
    }
}
