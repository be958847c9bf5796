package id.latih.programs.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class BudgetFiguresTest {

    @Test
    void planned_runs_every_program_full_committed_and_realised_count_fixed_costs_only_once_anyone_takes_part() {
        // 20 seats at Rp 1.5 million + Rp 10 million fixed: planned 40 million; 3 seats held: 14.5 million;
        // 2 completed: 13 million. 10 seats at Rp 0.5 million + Rp 2 million, nobody enrolled: planned 7 million.
        BudgetFigures figures = BudgetFigures.none("3273.BKPSDM", 2026)
                .plus(program(20, 1_500_000, 10_000_000), 3, 2)
                .plus(program(10, 500_000, 2_000_000), 0, 0);

        assertThat(figures.programs()).isEqualTo(2);
        assertThat(figures.planned()).isEqualTo(47_000_000);
        assertThat(figures.committed()).isEqualTo(14_500_000);
        assertThat(figures.realised()).isEqualTo(13_000_000);
    }

    @Test
    void an_agency_budget_splits_the_same_figures_by_funding_source_with_unset_sources_last() {
        // APBD: 20 x 1.5 million + 10 million planned = 40 million, 3 held: 14.5 million, 2 completed: 13 million;
        //       10 x 0.5 million + 2 million = 7 million, nobody enrolled. APBD total planned 47 million.
        // APBN: 5 x 1 million + 0 = 5 million, 5 held: 5 million, 4 completed: 4 million.
        // unset: 10 x 0 + 3 million = 3 million, 1 held: 3 million, none completed.
        AgencyBudget budget = AgencyBudget.none("3273.BKPSDM", 2026)
                .plus(program(10, 0, 3_000_000, null), 1, 0)
                .plus(program(5, 1_000_000, 0, FundingSource.APBN), 5, 4)
                .plus(program(20, 1_500_000, 10_000_000, FundingSource.APBD), 3, 2)
                .plus(program(10, 500_000, 2_000_000, FundingSource.APBD), 0, 0);

        assertThat(budget.total().planned()).isEqualTo(55_000_000);
        assertThat(budget.total().committed()).isEqualTo(22_500_000);
        assertThat(budget.total().realised()).isEqualTo(17_000_000);
        assertThat(budget.bySource()).extracting(BudgetFigures::fundingSource)
                .containsExactly(FundingSource.APBD, FundingSource.APBN, null);
        assertThat(budget.bySource()).extracting(BudgetFigures::programs).containsExactly(2, 1, 1);
        assertThat(budget.bySource()).extracting(BudgetFigures::planned)
                .containsExactly(47_000_000L, 5_000_000L, 3_000_000L);
        assertThat(budget.bySource()).extracting(BudgetFigures::committed)
                .containsExactly(14_500_000L, 5_000_000L, 3_000_000L);
        assertThat(budget.bySource()).extracting(BudgetFigures::realised)
                .containsExactly(13_000_000L, 4_000_000L, 0L);
    }

    private static Program program(int capacity, long perParticipant, long fixed) {
        return program(capacity, perParticipant, fixed, FundingSource.APBD);
    }

    private static Program program(int capacity, long perParticipant, long fixed, FundingSource source) {
        Design design = new Design(null, 45, List.of(), List.of(), List.of(), new Eligibility(List.of(), List.of()),
                List.of(), false, new CompletionCriteria(80, 0), new EvaluationPlan(List.of(1), 90),
                new Budget(perParticipant, fixed, source));
        LocalDate start = LocalDate.of(2026, 6, 1);
        return Program.publish("3273.BKPSDM", new ProgramPlan("Program", "M.05", LearningRoute.KLASIKAL,
                LearningMethod.CLASS, 20, capacity, start, start, List.of(), design), start, ZoneId.of("Asia/Jakarta"));
    }
}
