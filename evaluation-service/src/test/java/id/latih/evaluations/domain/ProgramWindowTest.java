package id.latih.evaluations.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The evaluation window ends when the check of someone completing on the program's last day expires. */
class ProgramWindowTest {

    private static final LocalDate END = LocalDate.of(2026, 1, 31);

    @Test
    void with_the_designs_follow_up_days_the_window_ends_those_days_plus_the_expiry_after_the_end() {
        // 31 January + 90 days = 1 May; + 60 days = 30 June.
        assertThat(program(90, END).evaluationClosesOn(3, 60)).isEqualTo(LocalDate.of(2026, 6, 30));
    }

    @Test
    void without_follow_up_days_the_default_months_apply() {
        // 31 January + 3 months = 30 April (the month's last day); + 60 days = 29 June.
        assertThat(program(0, END).evaluationClosesOn(3, 60)).isEqualTo(LocalDate.of(2026, 6, 29));
    }

    @Test
    void a_program_without_an_end_date_has_no_window_end() {
        assertThat(program(90, null).evaluationClosesOn(3, 60)).isNull();
    }

    private static Program program(int followUpDays, LocalDate end) {
        return new Program("P-1", "3273.BKPSDM", "Pelayanan Prima", "M.05", List.of(), followUpDays,
                ProgramCosts.NONE, end == null ? null : end.minusDays(2), end);
    }
}
