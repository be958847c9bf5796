package id.latih.enrollments.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JpLedgerTest {

    private final JpDuty duty = new JpDuty(Map.of("PNS", 20), Map.of("PPPK", 24));

    private static JpLedger.Entry entry(String completedOn, int jp) {
        return new JpLedger.Entry("P-" + completedOn, "E-" + completedOn, LocalDate.parse(completedOn), jp);
    }

    @Test
    void a_pns_with_8_and_6_jp_has_earned_14_and_is_6_short_of_20() {
        JpLedger ledger = JpLedger.of("198503152010012001", 2026, "PNS",
                List.of(entry("2026-03-10", 8), entry("2026-07-02", 6)), duty);

        assertThat(ledger.earned()).isEqualTo(14);
        assertThat(ledger.credited()).isEqualTo(14);
        assertThat(ledger.shortfall()).isEqualTo(6);
    }

    @Test
    void approved_learning_adds_to_programs_a_pns_with_8_plus_6_plus_6_is_exactly_on_target() {
        JpLedger ledger = JpLedger.of("198503152010012001", 2026, "PNS", List.of(entry("2026-03-10", 8),
                JpLedger.Entry.selfReported("L-1", "Seminar", LocalDate.parse("2026-04-01"), 6),
                JpLedger.Entry.selfReported("L-2", "E-learning", LocalDate.parse("2026-05-01"), 6)), duty);

        assertThat(ledger.earned()).isEqualTo(20);
        assertThat(ledger.shortfall()).isZero();
        assertThat(ledger.entries()).extracting(JpLedger.Entry::learningId).containsExactly(null, "L-1", "L-2");
    }

    @Test
    void a_pppk_with_a_20_jp_program_and_10_jp_of_approved_learning_is_credited_only_24() {
        JpLedger ledger = JpLedger.of("199001012015032003", 2026, "PPPK", List.of(entry("2026-03-10", 20),
                JpLedger.Entry.selfReported("L-1", "E-learning", LocalDate.parse("2026-04-01"), 10)), duty);

        assertThat(ledger.earned()).isEqualTo(30);
        assertThat(ledger.credited()).isEqualTo(24);
        assertThat(ledger.shortfall()).isZero();
    }

    @Test
    void programs_completed_in_another_year_do_not_count() {
        JpLedger ledger = JpLedger.of("198503152010012001", 2026, "PNS",
                List.of(entry("2025-12-31", 24), entry("2026-01-01", 4), entry("2027-01-01", 16)), duty);

        assertThat(ledger.entries()).extracting(JpLedger.Entry::jp).containsExactly(4);
        assertThat(ledger.shortfall()).isEqualTo(16);
    }

    @Test
    void a_pns_with_exactly_20_jp_or_more_has_no_shortfall() {
        assertThat(duty.shortfall("PNS", 20)).isZero();
        assertThat(duty.shortfall("PNS", 32)).isZero();
        assertThat(duty.shortfall("PNS", 19)).isEqualTo(1);
        assertThat(duty.shortfall("PNS", 0)).isEqualTo(20);
    }

    @Test
    void a_pppk_is_credited_at_most_24_jp_and_has_no_target() {
        JpLedger ledger = JpLedger.of("199001012019032001", 2026, "PPPK",
                List.of(entry("2026-02-01", 30)), duty);

        assertThat(ledger.earned()).isEqualTo(30);
        assertThat(ledger.credited()).isEqualTo(24);
        assertThat(ledger.target()).isZero();
        assertThat(ledger.shortfall()).isZero();
        assertThat(duty.credited("PPPK", 10)).isEqualTo(10);
    }

    @Test
    void an_employee_of_unknown_employment_type_has_no_target() {
        assertThat(duty.shortfall(null, 0)).isZero();
        assertThat(duty.credited(null, 50)).isEqualTo(50);
    }

    @Test
    void settings_change_the_duty() {
        JpDuty stricter = new JpDuty(Map.of("PNS", 40), Map.of());

        assertThat(stricter.shortfall("PNS", 24)).isEqualTo(16);
        assertThat(stricter.credited("PPPK", 30)).isEqualTo(30);
    }
}
