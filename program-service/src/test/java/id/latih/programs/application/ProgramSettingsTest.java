package id.latih.programs.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ProgramSettingsTest {

    private final ProgramSettings defaults = new ProgramSettings(null, null, null, null, null, null, null, null);

    @Test
    void a_program_may_start_on_the_utc_date_while_jakarta_is_already_on_the_next_day() {
        // 20:00 UTC on 4 May is 03:00 on 5 May in Jakarta
        Clock evening = Clock.fixed(Instant.parse("2026-05-04T20:00:00Z"), ZoneOffset.UTC);

        assertThat(defaults.earliestStart(evening)).isEqualTo(LocalDate.of(2026, 5, 4));
    }

    @Test
    void otherwise_the_agencies_date_is_today() {
        Clock morning = Clock.fixed(Instant.parse("2026-05-04T02:00:00Z"), ZoneOffset.UTC);

        assertThat(defaults.earliestStart(morning)).isEqualTo(LocalDate.of(2026, 5, 4));
        assertThat(defaults.minutesPerJp()).isEqualTo(45);
        assertThat(defaults.poolingClassSize()).isEqualTo(30);
        assertThat(defaults.budgetOverCeiling()).isEqualTo(ProgramSettings.OverCeiling.ADMIN_APPROVES);
    }
}
