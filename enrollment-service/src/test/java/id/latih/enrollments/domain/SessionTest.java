package id.latih.enrollments.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SessionTest {

    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    private static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);

    @Test
    void a_program_without_sessions_holds_one_each_day_running_from_midnight_to_midnight_in_jakarta() {
        Offering daily = offering(Delivery.daily());

        Session monday = daily.session("2026-03-02", WIB).orElseThrow();

        // 00:00 WIB is 17:00 UTC the day before
        assertThat(monday.startsAt()).isEqualTo(Instant.parse("2026-03-01T17:00:00Z"));
        assertThat(monday.runsAt(Instant.parse("2026-03-02T16:59:59Z"))).isTrue();
        assertThat(monday.runsAt(Instant.parse("2026-03-02T17:00:00Z"))).isFalse();
        assertThat(daily.session("2026-03-05", WIB)).isEmpty();
        assertThat(daily.session("S-1", WIB)).isEmpty();
    }

    @Test
    void a_program_with_sessions_knows_only_its_own_running_from_start_to_end() {
        Session morning = new Session("S-1", Instant.parse("2026-03-02T01:00:00Z"),
                Instant.parse("2026-03-02T04:00:00Z"));
        Offering withSessions = offering(new Delivery(List.of(MONDAY), morning.endsAt(), 0, List.of(morning)));

        assertThat(withSessions.session("S-1", WIB)).contains(morning);
        assertThat(withSessions.session("2026-03-02", WIB)).isEmpty();
        assertThat(morning.runsAt(Instant.parse("2026-03-02T00:59:59Z"))).isFalse();
        assertThat(morning.runsAt(Instant.parse("2026-03-02T01:00:00Z"))).isTrue();
        assertThat(morning.runsAt(Instant.parse("2026-03-02T04:00:00Z"))).isFalse();
        assertThat(morning.day(WIB)).isEqualTo(MONDAY);
    }

    private static Offering offering(Delivery delivery) {
        return new Offering("P-1", "3273.BKPSDM", "Pelayanan Prima", "M.05", 24, 10, MONDAY, MONDAY.plusDays(1),
                OfferingStatus.OPEN, Map.of(), delivery, Eligibility.anyone());
    }
}
