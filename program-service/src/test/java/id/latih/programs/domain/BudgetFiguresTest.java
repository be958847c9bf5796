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

    private static Program program(int capacity, long perParticipant, long fixed) {
        Design design = new Design(null, 45, List.of(), List.of(), List.of(), new Eligibility(List.of(), List.of()),
                List.of(), false, new CompletionCriteria(80, 0), new EvaluationPlan(List.of(1), 90),
                new Budget(perParticipant, fixed, "APBD"));
        LocalDate start = LocalDate.of(2026, 6, 1);
        return Program.publish("3273.BKPSDM", new ProgramPlan("Program", "M.05", LearningRoute.KLASIKAL,
                LearningMethod.CLASS, 20, capacity, start, start, List.of(), design), start, ZoneId.of("Asia/Jakarta"));
    }
}
