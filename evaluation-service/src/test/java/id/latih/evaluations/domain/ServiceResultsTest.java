package id.latih.evaluations.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ServiceResultsTest {

    private static final Instant START = Instant.parse("2026-05-04T00:00:00Z");
    private static final Instant END = Instant.parse("2026-05-09T00:00:00Z");

    @Test
    void each_unit_compares_the_last_ikm_before_with_the_first_after_and_the_mean_delta_is_reported() {
        List<IkmMeasurement> measured = List.of(
                ikm("3273.DINKES", "Puskesmas Garuda", "2025-S2", 78.10, "2026-01-10T00:00:00Z"),
                ikm("3273.DINKES", "Puskesmas Garuda", "2026-S1", 80.00, "2026-04-10T00:00:00Z"),
                ikm("3273.DINKES", "Puskesmas Garuda", "2026-S2", 84.50, "2026-10-10T00:00:00Z"),
                ikm("3273.DINKES", "Puskesmas Garuda", "2027-S1", 70.00, "2027-04-10T00:00:00Z"),
                ikm("3273.DISDUK", "Loket KTP", "2026-S1", 70.00, "2026-04-01T00:00:00Z"),
                ikm("3273.DISDUK", "Loket KTP", "2026-S2", 68.50, "2026-10-01T00:00:00Z"),
                ikm("3273.DISHUB", "Terminal", "2026-S2", 75.00, "2026-10-01T00:00:00Z"));

        ServiceResults results = ServiceResults.of(measured, START, END);

        // Garuda: 84.50 - 80.00 = 4.50; Loket KTP: 68.50 - 70.00 = -1.50; Terminal has nothing before: left out.
        assertThat(results.unitsCompared()).isEqualTo(2);
        assertThat(results.units().get(0).delta()).isCloseTo(4.5, within(1e-9));
        assertThat(results.units().get(1).delta()).isCloseTo(-1.5, within(1e-9));
        assertThat(results.meanDelta()).isCloseTo(1.5, within(1e-9));
        assertThat(results.caution()).contains("not a causal");
    }

    @Test
    void a_measurement_during_the_program_counts_on_neither_side_and_no_pairs_mean_no_delta() {
        List<IkmMeasurement> measured = List.of(
                ikm("3273.DINKES", "Puskesmas Garuda", "2026-S1", 80.00, "2026-05-05T00:00:00Z"),
                ikm("3273.DINKES", "Puskesmas Garuda", "2026-S2", 84.50, "2026-10-10T00:00:00Z"));

        ServiceResults results = ServiceResults.of(measured, START, END);

        assertThat(results.unitsCompared()).isZero();
        assertThat(results.meanDelta()).isNull();
    }

    private static IkmMeasurement ikm(String agency, String unit, String period, double ikm, String at) {
        return new IkmMeasurement(agency, unit, period, ikm, Instant.parse(at));
    }
}
